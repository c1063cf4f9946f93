// Writes synthetic regulation corpora for the scaling benchmark: invented Chinese
// sentences (no real regulation text) in the real file format, header, 章 and 条,
// with 款 and 项, sized to match a multiple of the real corpus.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SUBJECTS = [
  '协会',
  '商会',
  '理事会',
  '监事会',
  '会员单位',
  '秘书处',
  '党支部',
  '业务主管单位',
  '登记管理机关',
  '分支机构',
  '专门委员会',
  '会员代表大会',
];
const VERBS = [
  '应当建立健全',
  '可以组织开展',
  '负责指导',
  '定期研究',
  '依法规范',
  '每年报告',
  '及时公开',
  '统筹推进',
  '严格执行',
  '按照规定备案',
];
const OBJECTS = [
  '议事规则',
  '财务管理制度',
  '会员服务工作',
  '行业自律公约',
  '信息公开事项',
  '年度工作计划',
  '党建工作要求',
  '人才培训项目',
  '标准制定工作',
  '纠纷调解机制',
  '诚信评价体系',
  '内部监督办法',
];
const TAILS = ['，并接受会员监督', '，确保程序合法', '，具体办法另行制定', '，重大事项应当集体研究决定', '，不得损害会员合法权益', ''];
const TITLES = ['总则', '组织机构', '会员', '议事规则', '财务管理', '监督检查', '党的建设', '服务与自律', '法律责任', '附则'];
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${DIGITS[n % 10]}`;
  const rest = n % 100;
  return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一十${DIGITS[rest % 10]}` : chineseNumeral(rest)}`;
}

/** A deterministic pseudo-random generator, so every run writes the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(r: () => number): string {
  const pick = (list: readonly string[]): string => list[Math.floor(r() * list.length)]!;
  return `${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}${pick(TAILS)}。`;
}

/** Size of a corpus: how many documents, articles and characters. */
export interface CorpusSize {
  documents: number;
  articles: number;
  chars: number;
}

/** Size of the real corpus: documents, articles and characters. */
export function measureCorpus(dir: string): CorpusSize {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  let articles = 0;
  let chars = 0;
  for (const f of files) {
    const body = readFileSync(join(dir, f), 'utf8').split(/^---$/m).slice(2).join('');
    articles += (body.match(/^第[〇零一二两三四五六七八九十百千]+条/gm) ?? []).length;
    chars += Array.from(body.replace(/\s/g, '')).length;
  }
  return { documents: files.length, articles, chars };
}

/** Writes `documents` files with about `articlesPerDoc` articles each into `dir`. */
export function writeSyntheticCorpus(
  dir: string,
  { documents, articlesPerDoc, charsPerArticle }: { documents: number; articlesPerDoc: number; charsPerArticle: number },
): void {
  mkdirSync(dir, { recursive: true });
  for (let d = 1; d <= documents; d++) {
    const r = rng(d);
    const lines = [
      '---',
      `title: 《示例行业协会管理办法（第${d}号）》`,
      'issuer: 基准测试',
      'source: synthetic text written by scripts/bench/synthetic-corpus.ts',
      '---',
      `示例行业协会管理办法（第${d}号）`,
    ];
    const chapters = Math.max(1, Math.round(articlesPerDoc / 5));
    let article = 0;
    for (let c = 1; c <= chapters; c++) {
      lines.push(`第${chineseNumeral(c)}章　${TITLES[(c - 1) % TITLES.length]}`);
      const inChapter = c === chapters ? articlesPerDoc - article : Math.max(1, Math.round(articlesPerDoc / chapters));
      for (let a = 0; a < inChapter && article < articlesPerDoc; a++) {
        article++;
        let text = sentence(r);
        while (text.length < charsPerArticle * 0.6) text += sentence(r);
        lines.push(`第${chineseNumeral(article)}条　${text}`);
        if (r() < 0.3) lines.push(sentence(r) + sentence(r));
        if (r() < 0.2) {
          lines.push(`${SUBJECTS[0]}履行下列职责：`);
          for (let i = 1; i <= 3; i++) lines.push(`（${chineseNumeral(i)}）${sentence(r).replace('。', '；')}`);
        }
      }
    }
    writeFileSync(join(dir, `synthetic-${String(d).padStart(4, '0')}.txt`), `${lines.join('\n')}\n`);
  }
}
