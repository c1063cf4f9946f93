/**
 * The curated vocabulary of question understanding (data, not a model; tested in
 * tests/unit/shared/search/synonyms.test.ts). Users ask in everyday words; the texts use
 * their own. Three tables:
 *
 * - QUESTION_WORDS: question words and particles. They are cut out of a question; what
 *   they ask for (how often, how many, how long) becomes optional "hints": words an
 *   answer to that kind of question contains (每月, 每季度; 以上; 每届任期).
 * - FILLER: words that carry no topic (需要, 我们, 吗). Cut out, nothing added.
 * - SYNONYMS: an everyday phrase and the words the texts use for it. `same` words mean the
 *   same thing (建支部 → 成立党支部) and count like the typed word; `related` words are
 *   evidence, not equivalents (换届 → 任期, 选举), and count half. `weak` marks a word that
 *   says little on its own (a verb such as 开): it helps rank but is never required.
 *
 * Keep entries general (how people ask about party organisations, associations and their
 * registration), never tuned to one test query. Entries are matched longest first, so a
 * longer phrase (支部委员会) wins over a shorter one inside it (设支部).
 */

export interface QuestionWord {
  /** Spellings, cut out of the question wherever they occur. */
  words: readonly string[];
  /** Words found in answers to this kind of question (optional, they only add to the score). */
  hints: readonly string[];
  /** How telling the hints are (1 unless said): 应当 after 怎么办 tells less than 每季度 after 多久. */
  weight?: number;
  /** Hints found in almost every article (应当, 可以): they rank, but excerpts do not highlight them. */
  unmarked?: boolean;
}

/**
 * How often / how long / how many / what to do. Each spelling is at least two characters (or 谁),
 * or a sentence-final particle; its colloquial forms (啥 for 什么, 咋 for 怎么) are read too (understand.ts).
 */
export const QUESTION_WORDS: readonly QuestionWord[] = [
  {
    // How often: the answer states a period and a count.
    words: ['多久一次', '多长时间一次', '多久', '多长时间', '隔多久', '多频繁', '几次', '多少次', '频次', '频率', '一年几次', '每年几次'],
    // 多久 also asks how long (a time limit: 一个月内, 不超过1年), so those words count too, less.
    hints: ['每月', '每季度', '每半年', '每年', '每五年', '每届', '定期', '1次', '一次', '至少', '以内', '个月内', '日内', '不超过'],
  },
  {
    // When: the answer states a period (每年, 每届) or a moment (3月31日前, 换届时, 期满).
    words: ['什么时候', '何时', '多会儿'],
    hints: ['每月', '每季度', '每半年', '每年', '每届', '定期', '日前', '之前', '以前', '届满', '期满', '之日', '以内', '个月内', '日内'],
  },
  {
    // How it is counted or reckoned (党龄怎么算, 票怎么算): the answer says how it is computed.
    words: ['怎么算', '如何算', '怎么计算', '如何计算', '怎么统计', '算不算', '算吗'],
    hints: ['计算', '统计', '算起', '计入', '视为', '按照'],
  },
  {
    // How many days or hours: a time limit or a minimum.
    words: ['几天', '多少天', '几日', '多少日', '几个工作日', '多少学时', '几个学时', '多少小时', '几小时'],
    hints: ['日', '天', '工作日', '学时', '不少于', '以内', '日内'],
  },
  {
    // By what date: the answer names a month or a day and 前 (3月31日前).
    words: ['什么时候之前', '什么时候前', '几号之前', '几月份', '几月底', '几月', '几号', '哪个月', '什么日子'],
    hints: ['月', '日前', '月底', '之前', '以前'],
  },
  {
    // From when (a date a period is counted from).
    words: ['从哪天', '哪天', '从何时', '从什么时候', '哪一天'],
    hints: ['之日', '算起', '起'],
  },
  {
    // What follows (a sanction or a measure).
    words: ['会怎样', '会怎么样', '怎么处理', '如何处理', '怎么处罚', '如何处罚', '什么后果', '有什么后果', '会不会被'],
    hints: ['予以', '给予', '撤销', '吊销', '除名', '处分', '处理', '警告', '停止', '罚款'],
  },
  {
    // How long (a term of office, a probation period).
    words: ['几年', '多少年', '多长', '多少个月', '几个月'],
    // An answer may also set a minimum (具有1年以上党龄).
    hints: ['任期', '每届', '个月', '期限', '为一年', '年以上'],
  },
  {
    // How many people / members.
    // 家 counts enterprises and other bodies (多少家企业).
    words: ['多少人', '几个人', '几人', '几名', '多少名', '多少个', '多少位', '多少家', '几家', '几个'],
    hints: ['人以上', '名以上', '个以上', '三人以上', '不超过', '不足', '以上'],
  },
  {
    // At most (最长: of a time, 最长能拖多久): the texts state a limit (不得超过六个月).
    words: ['最多', '最长', '上限', '最大', '不能超过'],
    hints: ['不超过', '不得超过', '一般不超过', '最多'],
  },
  {
    // At the latest (最迟多久要批): the texts state a time limit (应当在三个月内, 不得超过六个月).
    words: ['最晚', '最迟', '最慢'],
    hints: ['以内', '个月内', '日内', '之内', '不得超过', '不超过'],
  },
  {
    // At least.
    words: ['至少', '最少', '下限', '起码'],
    hints: ['至少', '不少于', '以上', '不得少于'],
  },
  {
    // How much money: the answer states a sum or where the funds come from.
    words: ['多少钱', '多少资金', '多少经费', '多少费用', '花多少', '要钱吗', '收费吗'],
    hints: ['元', '万元', '资金', '经费', '费用', '收取', '收费'],
  },
  {
    // How much / how many, unspecified.
    words: ['多少'],
    hints: ['以上', '不少于', '不超过', '不足', '人', '名', '个'],
  },
  {
    // What to do / how: the answer prescribes (应当, 由…, 可以). 咋 is the everyday 怎么 and,
    // like 谁, part of no other word (咋办, 咋安排, 咋整).
    words: ['怎么办', '怎么做', '怎么弄', '如何办', '咋整', '怎么', '怎样', '如何'],
    hints: ['应当', '可以', '及时', '一般'],
    weight: 0.4,
    unmarked: true,
  },
  {
    // Who: the answer names the actor (由…, …负责, 向…提出).
    // 谁 alone too: it is part of no other word.
    // 谁说了算 asks who decides: the answer says who 决定.
    words: ['谁说了算', '谁来', '由谁', '谁负责', '交给谁', '找谁', '向谁', '是谁', '谁'],
    hints: ['负责', '主持', '召集', '产生', '由', '向', '指定', '批准', '决定'],
  },
  {
    // Where / from where: the answer names a place or a body (向…党组织, 从…中选拔).
    words: ['哪里', '哪儿', '什么地方', '从哪'],
    hints: ['向', '所在', '从', '中选', '在'],
  },
  {
    // Whether / must: the answer states an obligation.
    words: [
      '要不要',
      '需不需要',
      '用不用',
      '必须吗',
      '是否需要',
      '是否',
      '能不能',
      '可不可以',
      '有没有',
      '是不是',
      '该不该',
      '可以吗',
      '行不行',
    ],
    hints: ['应当', '必须', '可以', '不得'],
    unmarked: true,
  },
  {
    // Which kinds (a list).
    // 档 (grade, level) is the everyday word for the kinds of a graded list (处分有哪几档).
    words: ['哪几种', '有几种', '几种', '多少种', '哪几类', '几类', '哪些种类', '哪几档', '几档', '几个档次'],
    hints: ['种', '类', ':', '下列', '包括'],
  },
  {
    // What does it do (干啥, the everyday 做什么): the answer lists its tasks or duties.
    // 管什么, 负责什么, 抓什么 ask the same of a body (纪委管什么). Spelled as the question is built:
    // a verb of doing, a question word (with 些 or not), and the thing done or none (干哪些事,
    // 做什么工作, 干些啥).
    words: [
      ...['干', '做', '管', '抓', '负责'].flatMap((verb) =>
        ['啥', '什么', '哪些', '些啥', '些什么'].flatMap((what) => ['', '事', '事情', '工作'].map((thing) => `${verb}${what}${thing}`)),
      ),
      '干嘛',
    ],
    hints: ['任务', '职责', '负责', '主要'],
  },
  {
    // How old: the answer states an age (年满十八岁).
    words: ['多少岁', '几岁', '多大年纪', '多大岁数'],
    hints: ['岁', '年满', '周岁'],
  },
  {
    // What / which (a list or a definition). 啥 is the everyday 什么, and like 谁 part of no other word.
    words: ['什么', '哪些', '哪几', '哪个', '指什么', '是什么'],
    hints: ['是指', '包括', '下列', '以下', '如下', '分为'],
  },
];

/** Words that carry no topic: cut out of a question, nothing added. Two characters or more, or a whole question. */
export const FILLER: readonly string[] = [
  '请问',
  '一下',
  '一个',
  '就要',
  '就得',
  '才能',
  '还要',
  '也要',
  '都要',
  '的话',
  '我们',
  '我会',
  '本会',
  '我单位',
  '本单位',
  '自己',
  '需要',
  '应该',
  '应当',
  '必须',
  '可以',
  '能够',
  '还没有',
  '还没',
  '没有建',
  '有关',
  '关于',
  '规定',
  // When and where the asker stands (平时, 这次, 民政那边): no topic.
  '平时',
  '平常',
  '这次',
  '那边',
  '这边',
];

/**
 * Words that only bind a question's words together: where the browser's word segmentation
 * (Intl.Segmenter) finds one standing alone inside what is left of a question, the question
 * is split there, so the words on either side are looked for apart (主体能做某事吗 → 主体,
 * 做某事). Only a standalone segment counts: 能 in 能力 or 职能 is part of a word. Each
 * entry says why it carries no topic (a comment: the reasons are not shipped to the browser).
 */
export const FUNCTION_WORDS: readonly string[] = [
  '能', // modal verb (can, may): the question asks whether, the hint words of 要不要 say how
  '能否', // modal verb (whether it can)
  '可', // modal verb (may), short for 可以
  '要', // modal verb (must, will)
  '该', // modal verb (should)
  '得', // modal verb (must) or complement marker
  '了', // aspect particle (done, changed): says when, not what
  '过', // aspect particle (has ever): 受过处分 is 受 处分
  '吗', // question particle
  '呢', // question particle
  '吧', // sentence particle
  '啊', // sentence particle
  '呀', // sentence particle
  '被', // passive marker: the texts state the act (给予处分), not who suffers it
  '把', // object marker
  '都', // adverb (all, already)
  '就', // adverb (then, just)
  '才', // adverb (only then)
  '也', // adverb (also)
  '还', // adverb (still, also)
  '又', // adverb (again)
  '再', // adverb (again, then)
  '别的', // determiner (another): the texts say 其他 or name the thing
  '另', // determiner (另一个, 兼另一个): the texts say 其他
  '另一个', // determiner
  '没', // negation adverb (has not): what is left is the act the texts name
  '算', // copula (counts as): the texts state the consequence in their own words
  '当', // verb (serve as) or preposition (when), standing alone: the texts name the post or the time
  '不上', // negative complement (cannot reach: 联系不上): the verb before it is the topic
  '不到', // negative complement (cannot get: 找不到)
  '不了', // negative complement (cannot do)
  '不起', // negative complement (cannot afford)
  '没有', // negation: splits the situation from its subject
  '也没有', // negation (not even one)
  '都没', // adverb and negation (none at all: 都没办)
  '是', // copula (我们是党总支): the texts name the thing itself
  '里', // locative postposition (协会里): the texts name the body, not the place inside it
  '里面', // locative (商会里面)
  '里边', // locative
  '对', // preposition (对党的决议有意见: regarding): the texts name the thing itself
  '给', // preposition or verb complement (给他办, 分给会员): the act and its object are what count
  '先', // adverb (first, for now)
  '时候', // the time of (表决的时候): the texts state the act
  '刚', // adverb (only just): the number or condition after it is what counts
  '直接', // adverb (directly): the texts say who may do it, not how directly
  '主要', // adverb (mainly) in a question: the texts list the tasks
  '完', // result complement (登记完): the verb before it is the act
  '够', // result complement (学够): the verb before it is the act, the amount is asked
  '来', // directional verb (来找, 外地来的): the texts name the act or the person
  '去', // directional verb (去办, 去交): the texts name the act
  '内', // postposition of a time limit (多少天内): the question word's hints say 日内, 以内
  '多', // adjective (党员多) in a question: the texts state numbers, not 多
  '我', // pronoun: the texts name the actor by post or role
  '你', // pronoun
  '他', // pronoun
  '她', // pronoun
  '有人', // pronoun (someone): the texts name the body that acts
  // Adverbs of scope, amount and time, and indefinite determiners: they frame the
  // situation a question describes (只有2个党员, 一共5个, 最近, 有个党员); the texts state
  // the condition or the act itself, never these words.
  '只有', // adverb (only): the number after it is what counts
  '只', // adverb (only)
  '仅', // adverb (only)
  '一共', // adverb (in all): the number after it is what counts
  '总共', // adverb (in all)
  '最近', // adverb (lately): says when it happened, not what
  '现在', // adverb (now)
  '目前', // adverb (at present)
  '已经', // adverb (already)
  '有点', // adverb (somewhat)
  '有些', // determiner (some)
  '有个', // indefinite determiner (有个党员: a member)
  '有位', // indefinite determiner (polite)
  '我们', // pronoun: the texts name the organisation
  '咱们', // pronoun
  '他们', // pronoun
  '自己', // reflexive pronoun: the texts say 单独 or name the body
  '有', // verb of existence standing alone (有|个|党员, 群众|有|意见): the texts name the thing
  '个', // measure word standing alone (有个党员); after a number quantity.ts reads it
  '在', // preposition standing alone (在|外地): frames where or when
  '发现', // verb of noticing (发现有个党员…): frames the situation that follows
  '上去', // directional complement (报|上去): the verb before it is the act
  '下来', // directional complement
  '过来', // directional complement (转过来)
  '回来', // directional complement
  '出来', // directional complement
  '下去', // directional complement
];

/** Function words that stand for a word the texts use in conditions (没有正式党员的): kept as an optional word. */
/** What a negated complement is kept as: the act before it fails (understand.ts, failedAct). */
export const FAILS = '无法';

export const KEPT_FUNCTION_WORDS: Readonly<Record<string, string>> = {
  没有: '没有',
  也没有: '没有',
  // A negated complement says the act fails (联系不上, 找不到): the texts say 无法…, 失去….
  不上: FAILS,
  不到: FAILS,
  不了: FAILS,
};

/**
 * Single characters dropped from the ends of what is left of a question (particles, the
 * 要 of 要设, a negation in 没建): only at the ends of a piece, never inside a word.
 */
export const EDGE_PARTICLES = '吗呢吧啊呀么嘛的了要该得能被把没未还都就才也呗';

/** Dropped from the end of a piece only (党员有 → 党员, 组织关系是 → 组织关系, 组织上 → 组织: 上 as "in the matter of"). */
export const TRAILING_PARTICLES = '有是上';

/** Words that begin or end with a particle character but are topic words: never trimmed (要求 is not 求). */
export const KEEP_WHOLE: readonly string[] = [
  // 上 ends these words (TRAILING_PARTICLES): 以上 is a condition, the others places.
  '以上',
  '网上',
  '线上',
  '向上',
  '之上',
  '要求',
  '要点',
  '要件',
  '要素',
  '重要',
  '主要',
  '必要',
  '纪要',
  '能力',
  '被选举',
  '没收',
  '未成年',
  '来源',
  '了解',
  '还款',
  '得票',
  '就业',
  '都市',
  '也是',
  '所有',
  '享有',
  '具有',
  '没有',
  '凡是',
  '还是',
  '或是',
];

export interface Synonym {
  /** Everyday spellings (as typed). */
  from: readonly string[];
  /** Words of the texts that mean the same. */
  same?: readonly string[];
  /** Words of the texts that are evidence for it, weighted half. */
  related?: readonly string[];
  /** Never required: says little on its own. */
  weak?: boolean;
  /** The texts use the everyday spelling in another sense (法人 is 法人资格 there): only `same` and `related` count. */
  otherSense?: boolean;
}

/** An association as the registration texts call it (the association row's word for it). */
export const ASSOCIATION = '社会团体';
/** The kind of body the party's texts count an association among (社会组织中党的基层组织). */
export const ASSOCIATION_KIND = '社会组织';

export const SYNONYMS: readonly Synonym[] = [
  // Setting up an organisation.
  {
    from: ['建支部', '建立支部', '成立支部', '组建支部', '设支部', '设立支部', '建党支部', '建立党支部', '设立党支部', '组建党支部'],
    same: ['成立党支部', '建立党支部', '成立党的基层组织'],
  },
  // A 党委: 党章 calls it 党的…委员会 (an association's, a 基层党委, 党的基层委员会); evidence,
  // weighted half, as the level may differ (地方党委 is a 地方委员会). A 党总支 is a 总支部委员会.
  { from: ['党委'], same: ['党委'], related: ['基层委员会', '委员会'] },
  { from: ['基层党委'], same: ['基层党委', '基层委员会'] },
  { from: ['党总支', '总支'], same: ['党总支', '总支部委员会'] },
  // Together: people say 一起建, 合起来; the texts say 联合 (联合成立党支部).
  { from: ['一起', '一块儿', '一块', '合起来', '联合起来'], same: ['联合'] },
  {
    from: ['建党组织', '成立党组织', '组建党组织', '建立党组织'],
    same: ['成立党的基层组织', '建立党组织', '成立党支部', '单独建立党组织'],
  },
  // People say 党组织; 党章 often writes 党的基层组织 or 党的组织 (社会组织中党的基层组织).
  { from: ['党组织'], same: ['党组织', '党的基层组织', '党的组织'] },
  { from: ['撤支部', '撤销支部', '取消支部'], same: ['撤销', '调整'] },
  // Doing away with a body: people say 撤掉, 撤了; the texts say 撤销.
  { from: ['撤掉', '撤除'], same: ['撤销'] },
  { from: ['撤'], same: ['撤销'], weak: true },
  { from: ['支委会', '支委', '支部委员会', '党支部委员会'], same: ['支部委员会', '党支部委员会'] },
  { from: ['支部大会', '党员大会', '全体党员大会'], same: ['党员大会', '支部大会'] },
  { from: ['党小组长'], same: ['党小组组长'] },
  { from: ['支书', '支部书记'], same: ['党支部书记', '支部书记'] },
  // Meetings.
  { from: ['开会', '召开会议', '开大会'], same: ['召开', '会议'], weak: true },
  { from: ['开', '召开', '举行', '举办'], same: ['召开', '举行'], weak: true },
  // 干 is the everyday verb for doing or serving (干几年 = serve how long).
  { from: ['搞', '办', '做', '干'], same: ['开展', '召开', '办理'], weak: true },
  // Setting up in general (建流动党员支部): the texts say 成立, 建立, 设立.
  { from: ['建', '组建'], same: ['成立', '建立', '设立', '组建'], weak: true },
  // Where in the year a meeting goes (放在第四季度): the texts say 安排在.
  { from: ['放在', '安排'], same: ['安排在', '安排'], weak: true },
  // Approving: people say 批 (one character: weak, it counts standing alone); the texts say 审批 (预备党员) or 批准.
  { from: ['批'], same: ['审批', '批准'], weak: true },
  // Sending up for approval: people say 报 (报上去); the texts say 上报 or 报送.
  { from: ['报'], same: ['上报', '报送'], weak: true },
  // Electing: people say 选 (选书记, 选完); the texts say 选举 (and 选出, 选派 are other acts).
  { from: ['选'], same: ['选举'], weak: true },
  { from: ['审批', '批准', '批复'], same: ['审批', '批准'] },
  // Talking with someone: people say 聊; the texts say 谈话.
  { from: ['聊'], same: ['谈话', '谈心谈话'], weak: true },
  { from: ['聊聊', '聊天'], same: ['谈话', '谈心谈话'] },
  { from: ['设', '设立', '设置'], same: ['设立', '设置', '设'], weak: true },
  // 交 is also handing in a document (交报告): the texts say 报送, 提交.
  { from: ['交', '缴', '缴纳', '交纳'], same: ['交纳', '缴纳', '收缴', '报送', '提交'], weak: true },
  // Believing: people say 信 (信了宗教); the texts say 信仰 (信仰宗教).
  { from: ['信'], same: ['信仰'], weak: true },
  { from: ['手续', '流程', '程序', '步骤'], same: ['程序', '手续', '办理', '申请', '提交'], weak: true },
  { from: ['上党课', '讲党课'], same: ['党课'] },
  { from: ['过组织生活', '组织生活'], same: ['组织生活'] },
  { from: ['组织生活会'], same: ['组织生活会'] },
  // A hedge (usually): the texts use it in their rules (一般每季度), so it ranks but is never required.
  { from: ['一般'], same: ['一般'], weak: true },
  // A duration of one year is written 1年 in the texts (1年未开展活动).
  { from: ['一年', '每年', '年度', '一年内'], same: ['每年', '年度', '1年'], weak: true },
  // One term of office: the texts say 每届 (每届任期).
  { from: ['一届'], same: ['每届'] },
  // Study time: people say 课时; the texts count 学时.
  { from: ['课时'], same: ['学时'] },
  { from: ['每月', '每个月'], same: ['每月'], weak: true },
  { from: ['民主生活会'], same: ['组织生活会', '民主生活会'] },
  { from: ['谈心谈话', '谈话', '谈心'], same: ['谈心谈话'] },
  { from: ['评议党员', '党员评议'], same: ['民主评议党员', '民主评议'] },
  // Terms of office and elections.
  { from: ['任期'], same: ['每届任期', '任期'] },
  { from: ['换届', '改选'], same: ['换届'], related: ['任期', '选举', '届满'] },
  // 换 of a committee (支委几年一换): a new term; one character, so weak (换了单位 is not 换届).
  { from: ['换', '一换'], same: ['换届'], weak: true },
  { from: ['选书记', '选举书记'], same: ['选举产生'], related: ['书记'] },
  { from: ['补选', '缺额'], same: ['补选', '空缺'] },
  { from: ['延期换届', '推迟换届'], same: ['延期', '推迟换届'] },
  // Membership and the party card.
  // Joining: the texts also say 加入中国共产党; time since joining is 党龄.
  // Being admitted is 接收预备党员 in the texts (党员大会讨论接收预备党员).
  { from: ['入党'], same: ['入党', '发展党员', '加入中国共产党', '接收预备党员'], related: ['预备党员', '党龄'] },
  // Voting: people say 投票; the texts say 表决 (表决权).
  // The right (投票权 ↔ 表决权) and the act (投票 ↔ 表决) apart: a text on voting is not one on who may vote.
  { from: ['投票权'], same: ['表决权'] },
  { from: ['投票'], same: ['表决'] },
  // A reason: people say 原因 (没说原因); the texts say 理由 (没有正当理由).
  { from: ['原因', '说原因', '讲原因'], same: ['理由', '原因'] },
  // Two sides nearly equal: people say 两边差不多, 赞成反对人数差不多; the texts say 双方人数接近.
  { from: ['两边', '两派', '赞成反对', '赞成和反对', '正反两方'], same: ['双方'] },
  // Of two associations, 差不多 is the texts' 相似 (业务范围相同或者相似): evidence, as of votes it is 接近.
  { from: ['差不多', '差不太多', '相差不大'], same: ['接近', '相近'], related: ['相似'] },
  // A vote: people say 票 (票怎么算); the texts count 票数 and speak of 表决.
  { from: ['选票', '票数'], same: ['票数'], related: ['表决'] },
  { from: ['票'], same: ['票数'], related: ['表决'], weak: true },
  // Absence: people say 请假; the texts say 因故不能到会, 不能参加.
  { from: ['请假', '请了假', '缺席'], same: ['不能到会', '不能参加'], related: ['因故'] },
  // Old age: people say 年纪大; the texts say 年老体弱 and 老党员.
  { from: ['年纪大', '年龄大', '岁数大', '年老'], same: ['年老体弱', '老党员'] },
  // Frailty: people say 腿脚不好, 身体不好; the texts say 行动不便, 年老体弱, 身患重病.
  { from: ['腿脚不好', '腿脚不便', '身体不好', '走不动', '行动不便', '卧床'], same: ['行动不便', '年老体弱'], related: ['身患重病'] },
  // Doing wrong: people say 犯错; the texts speak of 错误 and of breaking 纪律.
  { from: ['犯错', '犯错误', '犯了错'], related: ['错误', '违犯', '纪律'] },
  // Party discipline: 党纪 is short for 党的纪律, which the texts mostly call 纪律 (纪律处分).
  { from: ['党纪'], same: ['党纪', '党的纪律'], related: ['纪律'] },
  // 党龄 is counted from the day of 转正 (党章第七条), so 转正半年 is a 党龄 of half a year.
  { from: ['转正'], same: ['转为正式党员', '转正'], related: ['党龄'] },
  // Later: people say 晚点, 往后推; the texts say 推迟 (推迟讨论) or 延期.
  { from: ['晚点', '晚些', '晚一点', '往后推', '推后', '延后'], same: ['推迟', '延期'] },
  // Putting right: people say 整改; the texts say 改正 (限期改正).
  { from: ['整改'], same: ['整改', '改正'] },
  // The higher-ups: people say 上面, 上头; the texts say 上级 (上级党委).
  { from: ['上面', '上头'], same: ['上级'] },
  // Putting off: people say 拖 (拖多久才批); the texts say 延长 (延长审批时间) or 推迟.
  { from: ['拖', '拖延', '拖着'], same: ['延长', '推迟'], weak: true },
  // Leaving a post: people say 调走, 调离; the texts say 离开 (离开工作、学习单位).
  { from: ['调走', '调离', '离职'], same: ['离开'] },
  // Speaking for oneself: people say 解释, 辩解; the texts say 说明情况 and 申辩.
  { from: ['解释', '辩解', '申辩'], same: ['申辩', '说明情况'] },
  // Online: people say 上网, 发帖, 朋友圈; the texts say 网络 (网络行为) and 网上.
  { from: ['上网', '网上', '发帖', '朋友圈'], same: ['网络', '网上'] },
  { from: ['考察期', '预备期'], same: ['预备期'] },
  { from: ['入党宣誓', '入党誓词', '宣誓', '誓词'], same: ['入党誓词', '入党宣誓', '誓词'] },
  { from: ['退党'], same: ['退党'] },
  { from: ['开除'], same: ['开除党籍'] },
  { from: ['纪律处分', '处分'], same: ['纪律处分', '处分'] },
  { from: ['交党费', '缴党费', '缴纳党费', '党费'], same: ['党费'] },
  { from: ['转关系', '转组织关系', '转党组织关系', '组织关系转接', '关系转接', '转党关系'], same: ['转移组织关系', '组织关系'] },
  // 党组织关系 is one thing (the 组织关系 of a member), not a 党组织 and a 关系.
  { from: ['党组织关系', '组织关系', '党员关系', '党关系'], same: ['组织关系'] },
  // Changing jobs: people say 跳槽, 换工作; the texts say 工作单位…发生变动.
  { from: ['跳槽', '换工作', '换单位', '调动工作'], same: ['工作单位'], related: ['变动'] },
  // Working somewhere: people say 上班; the texts say 工作 (工作单位).
  { from: ['上班'], same: ['工作'], weak: true },
  { from: ['外出党员', '流动党员'], same: ['流动党员'] },
  // Working away from home: people say 去外地打工; the texts say 外出…工作 (外出学习、工作、生活6个月以上).
  { from: ['外地', '异地', '外出'], same: ['外出', '外地', '异地'] },
  { from: ['打工', '务工'], same: ['工作', '务工'] },
  // Moving a membership: people say 转, 转走, 转过去; the texts say 转移 (组织关系) or 转接.
  { from: ['转', '转走'], same: ['转移', '转接', '转入', '转出'], weak: true },
  { from: ['档案'], same: ['党员档案', '人事档案'] },
  { from: ['不交党费', '不参加组织生活'], same: ['不按照规定参加党的组织生活', '不按照规定交纳党费'] },
  // Numbers people type as words.
  // 回 and 遍 are everyday counters for 次 (开一回).
  { from: ['一次', '一回', '一遍'], same: ['1次', '一次'], weak: true },
  // The texts' words for an act that fails (kept for a negated complement: 联系不上, 找不到).
  { from: ['无法'], same: ['无法', '失去', '不能'], weak: true },
  { from: ['三个党员', '三名党员', '3个党员', '3名党员'], same: ['3人以上', '三人以上', '3名以上'] },
  // A body's duties: people say 职责; the texts list them as its 任务 (党组的任务) or say what it does.
  { from: ['职责', '职能'], same: ['职责'], related: ['任务'] },
  // An association's seal: people say 公章, 刻章; the texts say 印章, 刻制印章.
  { from: ['公章', '章子', '印章'], same: ['印章'] },
  { from: ['刻', '刻章'], same: ['刻制'], weak: true },
  // Associations and their registration.
  { from: ['社团', '协会', '学会', '商会', '行业协会'], same: [ASSOCIATION, '协会商会', '行业协会商会'] },
  // An enterprise in an association is a 单位会员 (30个以上的单位会员): evidence, weighted half.
  { from: ['企业', '公司'], same: ['企业'], related: ['单位会员'] },
  // Joining an association: people say 入会; the texts speak of its 会员.
  { from: ['入会'], same: ['会员'] },
  // An answer from an office: people say 答复, 回复; the texts say it 作出…决定.
  { from: ['答复', '回复', '回音'], related: ['决定'] },
  // Papers handed in: people say 材料; the registration texts say 文件 (全部有效文件).
  { from: ['材料'], same: ['材料'], related: ['文件'] },
  { from: ['年检'], same: ['年度检查'] },
  // Making money: people say 赚钱, 做生意; the texts forbid 营利性经营活动.
  { from: ['赚钱', '挣钱', '做生意', '做买卖', '买卖', '经商', '盈利'], same: ['营利', '经营活动'] },
  // Sharing out: people say 分红, 分钱; the texts forbid 分配 among members and 私分.
  { from: ['分红', '分钱', '分利润', '分给', '分掉'], same: ['分配', '私分'] },
  // Money: people say 钱, 结余; the texts speak of 经费, 资产 and 收入.
  { from: ['结余', '余钱'], related: ['经费', '资产', '收入'] },
  { from: ['钱'], related: ['经费', '资产', '收入'], weak: true },
  // The legal representative: people say 法人 or 法人代表; the texts say 法定代表人.
  // The texts' 法人 is the association's legal personality (法人资格, 法人登记证书), not a person.
  { from: ['法人代表', '法人'], same: ['法定代表人'], otherSense: true },
  // Holding a second post: people say 兼, 兼任; the texts say 同时担任 (and 兼职 of a part-time post).
  { from: ['兼任', '兼着'], same: ['同时担任', '兼职'] },
  { from: ['兼'], same: ['同时担任', '兼职'], weak: true },
  { from: ['登记证', '执照'], same: ['登记证书'] },
  // Registering: people say 注册; the texts say 登记 (成立登记).
  { from: ['注册', '注册登记'], same: ['登记', '成立登记'] },
  // The same kind: people say 同样, 一样; the texts say 相同或者相似.
  { from: ['同样', '一样', '类似'], same: ['相同', '相似'] },
  { from: ['注销', '解散'], same: ['注销登记', '注销'] },
  { from: ['吊销'], same: ['吊销登记证书', '吊销'] },
  { from: ['罚款', '处罚'], same: ['罚款', '处罚', '警告'] },
  { from: ['主管部门', '主管单位', '业务主管'], same: ['业务主管单位', '主管部门'] },
  { from: ['民政', '民政局', '登记机关'], same: ['登记管理机关', '民政部门'] },
  { from: ['分会'], same: ['分支机构', '代表机构'] },
  { from: ['会员数', '会员人数'], same: ['个人会员', '单位会员', '会员'] },
  { from: ['章程内容'], same: ['章程应当包括'] },
  { from: ['指导员'], same: ['党建指导员'] },
  { from: ['联络员'], same: ['党建联络员', '联络员'] },
];
