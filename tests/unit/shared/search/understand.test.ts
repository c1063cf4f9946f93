// Question understanding with the real synonym table (data), checked on its behaviour in
// general: question words become hints, everyday words gain the texts' words, keywords stay.
import { describe, expect, it } from 'vitest';
import { parseQuery, requiredTerms } from '../../../../src/shared/search/query';
import * as numbers from '../../../../src/shared/search/quantity';
import {
  expandQuery,
  failedAct,
  isQuestion,
  probeWord,
  readsNumbers,
  splitAtFunctionWords,
  splitAtPhrases,
  termFor,
  understandQuery,
} from '../../../../src/shared/search/understand';

const understood = (input: string) => understandQuery(parseQuery(input), numbers);
const required = (input: string): string[] => requiredTerms(understood(input)).map((t) => t.term);
const hints = (input: string): string[] =>
  understood(input)
    .terms.filter((t) => t.hint)
    .flatMap((t) => t.variants);

describe('isQuestion', () => {
  it.each(['多久开一次', '要不要换届', '怎么办', '有哪些要求', '可以吗', '任期几年'])('%s is a question', (q) =>
    expect(isQuestion(q)).toBe(true),
  );
  it.each(['三会一课', '第三十条', '换届 党费', '党员大会'])('%s is not', (q) => expect(isQuestion(q)).toBe(false));
});

describe('understandQuery on questions', () => {
  it('cuts question words and filler, and turns what they ask into optional hints', () => {
    const q = understood('党小组会多久开一次');
    expect(q.question).toBe(true);
    expect(required('党小组会多久开一次')).toEqual(['党小组会']);
    expect(hints('党小组会多久开一次')).toEqual(expect.arrayContaining(['每月', '每季度', '每年']));
    expect(q.terms.every((t) => t.term !== '多久')).toBe(true);
  });

  it('maps everyday words to the texts’ words (the same word counts, it is not required twice)', () => {
    const q = understood('还没建支部怎么办');
    expect(required('还没建支部怎么办')).toEqual(['建支部']);
    expect(q.terms[0]?.variants).toEqual(expect.arrayContaining(['成立党支部']));
  });

  it('drops particles at the ends of what is left, never inside a word', () => {
    expect(required('党员可以退党吗')).toEqual(['党员', '退党']);
    expect(required('要求速查有哪些要求')).toEqual(expect.arrayContaining(['要求速查']));
  });

  it('prefers the longer everyday phrase (支部委员会 over 设支部) and keeps a lone verb as a weak word', () => {
    expect(splitAtPhrases('设支部委员会').map((p) => p.word)).toEqual(['设', '支部委员会']);
    const q = understood('多少党员要设支部委员会');
    expect(requiredTerms(q).map((t) => t.term)).toEqual(['党员', '支部委员会']);
    expect(q.terms.find((t) => t.term === '设')?.optional).toBe(true);
  });

  it('never takes a one-character word out of a longer one (开 in 开展)', () => {
    expect(required('主题党日多久开展一次')).toEqual(['主题党日', '开展']);
  });

  it('splits at 的 and keeps numbers', () => {
    expect(required('党支部的党员人数上限是多少')).toEqual(['党支部', '党员人数']);
    // The number is a quantity compared with the texts' conditions (quantity.ts), its spelling optional evidence.
    expect(required('不足3人的单位怎么办')).toEqual(['单位']);
    // 不足3人 stands for a number just below 3, which 3人以上 does not admit and 不足3人 does.
    expect(understandQuery(parseQuery('不足3人的单位怎么办'), numbers).quantities).toEqual([
      { value: 2.5, unit: 'count', stated: { value: 3, unit: 'count', op: 'below' } },
    ]);
  });
});

describe('readsNumbers (numbers and conditions are loaded only when a question may state one)', () => {
  it('is true for a question with a number, false for a keyword or a question without one', () => {
    expect(readsNumbers('我们有5个正式党员要不要设支委会')).toBe(true);
    expect(readsNumbers('两年联系不上怎么办')).toBe(true);
    expect(readsNumbers('三会一课')).toBe(false);
    expect(readsNumbers('党员大会怎么开')).toBe(false);
  });

  it('leaves a question’s numbers as words when quantity.ts is not given', () => {
    const q = understandQuery(parseQuery('有5个党员怎么办'));
    expect(q.quantities).toBeUndefined();
    expect(q.answerToNumbers).toBeUndefined();
  });
});

describe('function words inside a question', () => {
  it('split the question where they stand alone, never inside a word (能 in 能力)', () => {
    expect(splitAtFunctionWords('党员能信教')).toEqual(['党员', '信教']);
    expect(splitAtFunctionWords('联系不上')).toEqual(['联系']);
    expect(splitAtFunctionWords('党员找不到')).toEqual(['党员', '找']);
    expect(splitAtFunctionWords('提高能力')).toEqual(['提高能力']);
  });

  it('leave the words apart in the understood question, a kept negation as an optional word', () => {
    expect(required('协会法人能兼任别的协会法人吗')).toEqual(['协会', '法人', '兼任']);
    const q = understood('协会一个党员也没有怎么办');
    expect(required(q.text)).toEqual(['协会', '党员']);
    expect(q.terms.find((t) => t.term === '没有')?.optional).toBe(true);
  });
});

describe('everyday Chinese in a question (issue #20, second round)', () => {
  it('reads colloquial question words: 干啥 asks for tasks, 几岁 for an age, 几档 for kinds, 啥 is 什么', () => {
    expect(isQuestion('示例会主要干啥')).toBe(true);
    expect(hints('示例会主要干啥')).toContain('任务');
    expect(required('示例会主要干啥')).toEqual(['示例会']);
    expect(hints('会员要满几岁')).toContain('年满');
    expect(hints('处分有几档')).toContain('下列');
    expect(isQuestion('要交啥材料')).toBe(true);
  });

  it('reads 咋 as 怎么, asks 怎么算 how a thing is counted and 什么时候 for a period or a moment (fourth round)', () => {
    expect(isQuestion('会员学习咋安排')).toBe(true);
    expect(required('会员学习咋安排')).toEqual(['会员学习']);
    expect(hints('会员学习咋安排')).toContain('应当');
    expect(hints('会龄怎么算')).toEqual(expect.arrayContaining(['算起', '计算']));
    expect(required('会龄怎么算')).toEqual(['会龄']);
    expect(hints('年报什么时候交')).toEqual(expect.arrayContaining(['日前', '个月内', '每年']));
    // 什么时候 is no longer read as 多久: it does not ask how often alone.
    expect(hints('年报什么时候交')).not.toContain('1次');
    // By when: 之前 belongs to the question, not to the topic.
    expect(required('年报什么时候之前要交')).toEqual(['年报']);
    expect(hints('年报什么时候之前要交')).toContain('日前');
    // A one-character verb glued to its subject stands alone: 会员信了宗教 is 会员 + 信 (信仰) + 宗教.
    expect(required('会员信了宗教怎么处理')).toEqual(['会员', '宗教']);
    expect(understood('会员信了宗教怎么处理').terms.find((t) => t.term === '信')?.variants).toContain('信仰');
  });

  it('reads a verb before a negated complement as the act that fails (联系不上 → 失去联系, 无法联系)', () => {
    const kept: [string, string | undefined][] = [];
    expect(splitAtFunctionWords('会员联系不上', (w, verb) => kept.push([w, verb]))).toEqual(['会员联系']);
    expect(kept).toEqual([['无法', '联系']]);
    const failed = understood('有个会员联系不上了怎么办').terms.find((t) => t.variants.includes('失去联系'));
    // Required: that the act fails is what is asked (fourteenth round).
    expect(failed).toMatchObject({ variants: ['无法联系', '失去联系', '不能联系'] });
    expect(failed?.optional).toBeUndefined();
    // A one-character verb (找不到) says too little to be spelled out.
    expect(failedAct('找')).toEqual([]);
  });

  it('splits at prepositions and adverbs of the situation (对, 给, 先, 的时候, 里面) and reads everyday words (一起 → 联合, 两边差不多 → 双方接近) (fifth round)', () => {
    expect(required('会员对理事会的决议有意见能不能先保留看法')).toEqual(expect.arrayContaining(['会员', '理事会', '决议', '意见']));
    expect(required('会员对理事会的决议有意见能不能先保留看法')).not.toContain('会员对理事会');
    expect(required('理事会表决的时候怎么计票')).not.toContain('时候');
    expect(required('商会里面的理事会负责哪些事')).toEqual(['商会', '理事会']);
    expect(understood('几个小分会能一起建会吗').terms.find((t) => t.term === '一起')?.variants).toContain('联合');
    const sides = understood('表决两边差不多咋办').terms;
    expect(sides.find((t) => t.term === '两边')?.variants).toContain('双方');
    expect(sides.find((t) => t.term === '差不多')?.variants).toContain('接近');
  });

  it('drops 上 of "in the matter of" (组织上) but keeps 以上, splits at 另, reads 一换 as a new term and 几年 as a minimum too', () => {
    expect(required('理事会组织上怎么处理')).toEqual(['理事会组织']);
    expect(required('会员网上怎么报名')).toEqual(expect.arrayContaining(['会员', '网上']));
    expect(understood('会长还能兼另一个协会的会长吗').terms.find((t) => t.term === '兼')?.variants).toContain('同时担任');
    expect(understood('理事会几年一换').terms.find((t) => t.term === '一换')?.variants).toContain('换届');
    expect(hints('会长要入会几年才能当')).toContain('年以上');
  });

  it('lets a verb stand alone before a directional complement written with it (批下来, 转过来), and reads 报 as 上报', () => {
    expect(splitAtFunctionWords('党委多久批下来')).toEqual(['党委多久', '批']);
    expect(splitAtFunctionWords('组织关系转过来')).toEqual(['组织关系', '转']);
    const q = understood('支部报上去的材料多久批下来');
    expect(requiredTerms(q).map((t) => t.term)).toEqual(['支部', '材料']);
    expect(q.terms.find((t) => t.term === '报')).toMatchObject({ optional: true, variants: expect.arrayContaining(['上报']) });
    expect(q.terms.find((t) => t.term === '批')?.variants).toContain('审批');
  });

  it('splits at a copula, a locative, pronouns, adverbs and result complements standing alone', () => {
    expect(splitAtFunctionWords('是党总支')).toEqual(['党总支']);
    expect(splitAtFunctionWords('登记完')).toEqual(['登记']);
    expect(splitAtFunctionWords('理事会里的委员')).toEqual(['理事会', '的委员']);
    expect(splitAtFunctionWords('有人来找我')).toEqual(['找']);
    expect(splitAtFunctionWords('外地来的会员多')).toEqual(['外地', '的会员']);
  });

  it('lets a one-character verb at the start stand alone where the segmentation has it alone, never inside a word', () => {
    expect(required('能设党组吗')).toEqual(['党组']);
    expect(required('会员能直接批新会员吗')).toEqual(['会员', '新会员']);
    expect(required('理事会怎么开展活动')).toEqual(['理事会', '开展活动']);
  });

  it('gives everyday words the texts’ words: 聊 → 谈话, 投票 → 表决, 课时 → 学时, 入党 → 加入中国共产党', () => {
    expect(termFor('聊').variants).toContain('谈话');
    expect(termFor('投票权').variants).toContain('表决权');
    expect(termFor('投票权').variants).not.toContain('表决');
    expect(termFor('课时').variants).toContain('学时');
    expect(termFor('入党').variants).toContain('加入中国共产党');
    expect(termFor('入党').related).toContain('党龄');
    expect(termFor('一年').variants).toContain('1年');
    expect(termFor('一般').optional).toBe(true);
  });
});

describe('the situation a question describes (issue #20, third round)', () => {
  // Synthetic wording: the words of scope, amount and time frame the situation; the texts
  // state the condition or the act.
  it('drops adverbs of scope, amount and time, and indefinite determiners, standing alone', () => {
    expect(required('示例会只有2个会员，能自己办展会吗')).toEqual(['示例会', '会员', '展会']);
    expect(required('理事会一共9个理事，能表决吗')).toEqual(['理事会', '理事', '表决']);
    expect(required('有个会员最近有点困难怎么办')).toEqual(['会员', '困难']);
    expect(required('秘书处最晚多久要答复')).toEqual(['秘书处', '答复']);
    expect(required('发现有个理事在外地怎么办')).toEqual(['理事', '外地']);
  });

  it('finds a negated complement the segmentation cuts apart (联系|不|上了), the verb before it alone', () => {
    expect(required('有个会员半年多联系不上了怎么办')).toEqual(['无法联系', '会员', '联系']);
    expect(hints('有个会员半年多联系不上了怎么办')).toContain('应当');
    expect(understood('有个会员半年多联系不上了怎么办').terms.map((t) => t.term)).toContain('无法');
    expect(splitAtFunctionWords('联系不上了')).toEqual(['联系']);
  });

  it('puts a separable verb back together around the count inside it (换一次届 → 换届)', () => {
    expect(required('理事会几年换一次届')).toEqual(['理事会', '换届']);
    expect(understood('理事会多久开一回会').terms.map((t) => t.term)).toContain('开会');
    // Not across a longer word: 一次性 is no count inside a verb.
    expect(required('会费能一次性交清吗')).not.toContain('会性');
  });

  it('never takes them out of a longer word (享有, 所有, 个人)', () => {
    expect(required('会员享有选举权')).toEqual(['会员享有选举权']);
    expect(splitAtFunctionWords('个人会员')).toEqual(['个人会员']);
  });

  it('reads 回 and 遍 as the counter 次, and 管什么 as asking for the tasks', () => {
    expect(termFor('一回').variants).toEqual(expect.arrayContaining(['1次', '一次']));
    expect(termFor('一回').optional).toBe(true);
    expect(hints('理事会管什么')).toContain('任务');
    expect(required('理事会管什么')).toEqual(['理事会']);
  });
});

describe('understandQuery on keywords', () => {
  it('leaves plain keywords and article numbers as typed', () => {
    expect(understood('三会一课').terms).toEqual([{ term: '三会一课', variants: ['三会一课'] }]);
    expect(understood('第30条').terms[0]?.variants).toEqual(['第30条', '第三十条']);
    expect(understood('三会一课').question).toBe(false);
  });

  it('adds the texts’ words to an everyday keyword, and related words that count half', () => {
    const [t] = understood('换届').terms;
    expect(t?.variants).toEqual(expect.arrayContaining(['换届', '任期', '选举']));
    expect(t?.related).toEqual(expect.arrayContaining(['任期', '选举']));
    expect(t?.optional).toBeUndefined();
  });

  it('splits a keyword at an everyday phrase and keeps the literal as an optional phrase', () => {
    const q = understood('换届选举');
    expect(requiredTerms(q).map((t) => t.term)).toEqual(['换届', '选举']);
    expect(q.terms.find((t) => t.phrase)).toMatchObject({ term: '换届选举', optional: true });
  });
});

describe('termFor', () => {
  it('combines number variants and synonyms', () => {
    expect(termFor('第3条').variants).toEqual(['第3条', '第三条']);
    expect(termFor('年检').variants).toEqual(['年检', '年度检查']);
    expect(termFor('开').optional).toBe(true);
  });
});

describe('expandQuery', () => {
  it('breaks a long required term into its words, joins single characters and drops filler', () => {
    const words = expandQuery(parseQuery('流动党员怎么参加组织生活'))?.terms.map((t) => t.term);
    expect(words).toEqual(expect.arrayContaining(['流动党员', '参加', '组织生活']));
    expect(words).not.toContain('怎么');
    const dues = expandQuery(parseQuery('党费收缴使用管理'))?.terms.map((t) => t.term);
    expect(dues?.[0]).toBe('党费');
  });

  it('keeps numbers with their measure word, short terms and optional terms as they are', () => {
    const words = expandQuery(parseQuery('换届 有3名正式党员的商会'))?.terms.map((t) => t.term) ?? [];
    expect(words[0]).toBe('换届');
    expect(words.some((w) => w.includes('3名'))).toBe(true);
    const q = understood('党员履行什么义务');
    expect(expandQuery(q)?.terms.filter((t) => t.hint)).toHaveLength(1);
  });

  it('has nothing to expand for two-character terms, or a short term its words do not cover', () => {
    expect(expandQuery(parseQuery('换届 党费'))).toBeUndefined();
    expect(expandQuery(parseQuery('党小组'))).toBeUndefined();
  });

  it('breaks a short term into the words that cover it (党员|失联, 纪|委 joined), keeping the keyword as an optional phrase', () => {
    const described = (q: string): string[] | undefined =>
      expandQuery(parseQuery(q))?.terms.map((t) => `${t.term}${t.phrase ? '（短语）' : ''}${t.optional ? '？' : ''}`);
    expect(described('党员失联')).toEqual(['党员', '失联', '党员失联（短语）？']);
    expect(described('纪委书记')).toEqual(['纪委', '书记', '纪委书记（短语）？']);
  });

  it('keeps no phrase for a question (its words are not a keyword)', () => {
    const expanded = expandQuery(understandQuery(parseQuery('支委会表决时大伙吵吵嚷嚷咋办'), numbers));
    expect(expanded).toBeDefined();
    expect(expanded?.terms.some((t) => t.phrase)).toBe(false);
  });
});

describe('probeWord', () => {
  it('picks the longest word of the required terms, from the shortest term on a tie', () => {
    expect(probeWord(parseQuery('党员大会 季度'))).toBe('季度');
    expect(probeWord(parseQuery('会员代表大会 财务管理制度'))).toBe('会员');
  });

  it('is undefined for a single required term (asked as it is)', () => {
    expect(probeWord(parseQuery('三会一课'))).toBeUndefined();
    expect(probeWord(understandQuery(parseQuery('党小组会多久开一次'), numbers))).toBeUndefined();
  });
});
