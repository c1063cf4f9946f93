/**
 * Question understanding: turns what people type ("党员大会多久开一次", "没建支部怎么办")
 * into what the texts say, using the curated tables in synonyms.ts. Pure.
 *
 * - A question (it holds a question word or ends with a particle) loses its question
 *   words, filler and edge particles; what the question words ask for becomes optional
 *   hint terms (多久 → 每月/每季度/每年…). It is split where a function word stands alone
 *   in it (能, 了, 被…: FUNCTION_WORDS), and its numbers are read by quantity.ts when given.
 * - Any term that is, or contains, an everyday phrase of the synonym table is split at
 *   it, and each phrase is searched in the texts' words too (建支部 → 成立党支部).
 * - A split keyword keeps its literal spelling as an optional phrase term: where it
 *   occurs as typed, that is still the best evidence.
 */
import { numberVariants, type ParsedQuery, type QueryTerm } from './query';
import type { NumberReading, Quantity } from './quantity';
import {
  ASSOCIATION,
  ASSOCIATION_KIND,
  EDGE_PARTICLES,
  FILLER,
  FUNCTION_WORDS,
  KEEP_WHOLE,
  FAILS,
  KEPT_FUNCTION_WORDS,
  TRAILING_PARTICLES,
  QUESTION_WORDS,
  SYNONYMS,
  type Synonym,
} from './synonyms';

const SYNONYM_BY_WORD = new Map<string, Synonym>();
for (const s of SYNONYMS) for (const w of s.from) if (!SYNONYM_BY_WORD.has(w)) SYNONYM_BY_WORD.set(w, s);
/** Everyday phrases, longest first (a longer phrase wins over one inside it). */
const PHRASES = [...SYNONYM_BY_WORD.keys()].sort((a, b) => b.length - a.length);
/** A question word of amount takes the measure word 个 or not (多少小时, 多少个小时; 几学时, 几个学时). */
const withMeasure = (word: string): string[] => {
  const m = /^(多少|几)(小时|学时|工作日|季度)$/.exec(word);
  return m ? [word, `${m[1]}个${m[2]}`] : [word];
};
/** The colloquial spellings of a question word: 啥 for 什么 (有啥后果), 咋 for 怎么 (咋处理). */
const withColloquial = (word: string): string[] => [...new Set([word, word.replace('什么', '啥'), word.replace('怎么', '咋')])];
const QUESTION_SPELLINGS = QUESTION_WORDS.flatMap((g, group) =>
  g.words
    .flatMap(withMeasure)
    .flatMap(withColloquial)
    .map((word) => ({ word, group })),
).sort((a, b) => b.word.length - a.word.length);
const FILLER_SPELLINGS = [...FILLER].sort((a, b) => b.length - a.length);
/** Sentence-final particles that make a term a question on their own (…吗, …呢). */
const FINAL_PARTICLE = /[吗呢么嘛]$/;
/**
 * A question tag: 不 or 没 closing a clause of three characters or more (能单独成立支部不, 交了没)
 * asks whether, as 能不能 and 有没有 do, split in two.
 */
const WHETHER_TAG = /(?<=\p{Script=Han}{3})[不没]$/u;
const WHETHER_GROUP = QUESTION_WORDS.findIndex((g) => g.words.includes('能不能'));
/**
 * The A-not-A question (够不够, 行不行, 交没交, 需要不需要): a word, 不 or 没, and the word again
 * asks whether, as 能不能 does. A rule of the language, not a list.
 */
const A_NOT_A = /(\p{Script=Han}{1,2})[不没]\1/gu;
const HOLDS_A_NOT_A = new RegExp(A_NOT_A.source, 'u');

/** A term of the query for one word, with its number variants and, from the synonym table, the texts' words. */
export function termFor(word: string, optional = false): QueryTerm {
  const syn = SYNONYM_BY_WORD.get(word);
  const typed = syn?.otherSense ? [] : numberVariants(word);
  const variants = [...new Set([...typed, ...(syn?.same ?? [])])];
  const related = (syn?.related ?? []).filter((r) => !variants.includes(r));
  const term: QueryTerm = { term: word, variants: [...variants, ...related] };
  if (related.length) term.related = related;
  if (optional || syn?.weak) term.optional = true;
  return term;
}

export function isQuestion(text: string): boolean {
  return text
    .split(' ')
    .some(
      (t) => FINAL_PARTICLE.test(t) || WHETHER_TAG.test(t) || HOLDS_A_NOT_A.test(t) || QUESTION_SPELLINGS.some((q) => t.includes(q.word)),
    );
}

/** Cuts every occurrence of the given spellings (longest first) out of pieces of text. */
function cut(pieces: readonly string[], spellings: readonly string[], onCut?: (spelling: string) => void): string[] {
  let out = [...pieces];
  for (const s of spellings) {
    out = out.flatMap((p) => {
      if (!p.includes(s)) return [p];
      onCut?.(s);
      return p.split(s);
    });
  }
  return out.filter(Boolean);
}

function trimParticles(piece: string): string {
  let p = piece;
  while (p && EDGE_PARTICLES.includes(p[0]!) && !KEEP_WHOLE.some((w) => p.startsWith(w))) p = p.slice(1);
  while (p && (EDGE_PARTICLES + TRAILING_PARTICLES).includes(p[p.length - 1]!) && !KEEP_WHOLE.some((w) => p.endsWith(w)))
    p = p.slice(0, -1);
  return p;
}

const FUNCTION_SET = new Set(FUNCTION_WORDS);
const PHRASES_WITH_FUNCTION_WORDS = PHRASES.filter((p) => p.length > 2 && FUNCTION_WORDS.some((w) => p.includes(w)));
/** A verb with a complement written as one word (找不到, 批下来): the verb stands alone. */
const COMPLEMENT = /^(\p{Script=Han}+?)(不上|不到|不了|不起|上去|下来|过来|回来|出来|下去)$/u;
let wordSegmenter: Intl.Segmenter | undefined;
/** The browser's Chinese word segmentation (created on first use). */
function segmentWords(text: string): string[] {
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return Array.from(wordSegmenter.segment(text), (s) => s.segment);
}

/**
 * The segmentation may cut a negated complement apart (联系|不|上了): 不 and the first
 * character of the next segment are put back together as the complement (不上), the rest
 * of that segment stands after it (了).
 */
function rejoinComplements(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const next = segments[i + 1] ?? '';
    if (segments[i] === '不' && /^[上起到]/.test(next) && next !== '到位') {
      out.push(`不${next[0]}`);
      if (next.length > 1) out.push(next.slice(1));
      i++;
    } else out.push(segments[i]!);
  }
  return out;
}

/**
 * How the texts say that an act fails, for a verb of two characters or more before a negated
 * complement (联系不上 → 无法联系, 失去联系, 不能联系): a rule of the language, not a list.
 */
export function failedAct(verb: string): string[] {
  return Array.from(verb).length >= 2 ? [`无法${verb}`, `失去${verb}`, `不能${verb}`] : [];
}

/** Whether the span [at, at + length) of the piece lies inside an everyday phrase holding a function word. */
function phraseSpans(piece: string): (at: number, length: number) => boolean {
  const spans: [number, number][] = [];
  for (const phrase of PHRASES_WITH_FUNCTION_WORDS) {
    for (let i = piece.indexOf(phrase); i >= 0; i = piece.indexOf(phrase, i + 1)) spans.push([i, i + phrase.length]);
  }
  return (at, length) => spans.some(([from, to]) => at >= from && at + length <= to);
}

/**
 * Splits a piece of a question where a function word stands alone in it (FUNCTION_WORDS); kept
 * words are reported, with the verb a negated complement follows (联系 of 联系不上).
 */
export function splitAtFunctionWords(piece: string, onKeep: (word: string, verb?: string) => void = () => {}): string[] {
  const out: string[] = [];
  let current = '';
  let last = '';
  // A function word inside an everyday phrase of the table (当 in 不想当党员) does not split it.
  const inPhrase = phraseSpans(piece);
  let at = 0;
  for (const word of rejoinComplements(segmentWords(piece))) {
    if (FUNCTION_SET.has(word) && inPhrase(at, word.length)) {
      current += word;
      last = word;
    } else splitWord(word);
    at += word.length;
  }
  function splitWord(word: string): void {
    // A verb with its complement may come as one word (找不到, 批下来): the verb stands alone.
    const complement = COMPLEMENT.exec(word);
    if (!complement) split(word);
    else {
      if (current) out.push(current);
      current = complement[1]!;
      last = current;
      split(complement[2]!);
    }
  }
  function split(segment: string): void {
    if (!FUNCTION_SET.has(segment)) {
      current += segment;
      last = segment;
      return;
    }
    if (current) out.push(current);
    current = '';
    const kept = Object.hasOwn(KEPT_FUNCTION_WORDS, segment) ? KEPT_FUNCTION_WORDS[segment] : undefined;
    // A negated complement (kept as 无法): the act before it fails (联系不上 is 无法联系, 失去联系).
    if (kept) onKeep(kept, kept === FAILS && last ? last : undefined);
    last = '';
  }
  if (current) out.push(current);
  return out;
}

/**
 * A one-character weak word (设, 开, 交) at the end of a piece stands alone where the
 * browser's word segmentation has it alone: 党员要设 → 党员要, 设; 支部报 → 支部, 报 (but 年报 stays whole).
 */
function splitWeakEnd(piece: string): string[] {
  const last = piece.slice(-1);
  if (piece.length > 1 && SYNONYM_BY_WORD.get(last)?.weak && segmentWords(piece).at(-1) === last)
    return [...splitWeakEnd(piece.slice(0, -1)), last];
  return [piece];
}

/**
 * A one-character weak word (设, 建, 批) at the start of a piece stands alone where the
 * browser's word segmentation has it alone: 设党组 → 设, 党组 (but 开展 stays whole).
 */
function splitWeakStart(piece: string): string[] {
  const first = piece[0] ?? '';
  if (piece.length < 3 || !SYNONYM_BY_WORD.has(first) || segmentWords(piece)[0] !== first) return [piece];
  return [first, piece.slice(1)];
}

/** Splits a piece of text at the everyday phrases it holds: [{word, phrase}] in text order. */
export function splitAtPhrases(piece: string): { word: string; phrase: boolean }[] {
  const taken: { at: number; word: string }[] = [];
  const free = (at: number, len: number): boolean => taken.every((t) => at + len <= t.at || at >= t.at + t.word.length);
  for (const phrase of PHRASES) {
    if (phrase.length < 2) continue; // A one-character word counts only standing alone (开 in 开一次, not in 开展).
    for (let at = piece.indexOf(phrase); at >= 0; at = piece.indexOf(phrase, at + 1)) {
      if (free(at, phrase.length)) taken.push({ at, word: phrase });
    }
  }
  taken.sort((a, b) => a.at - b.at);
  const out: { word: string; phrase: boolean }[] = [];
  let from = 0;
  for (const t of taken) {
    if (t.at > from) out.push({ word: piece.slice(from, t.at), phrase: false });
    out.push({ word: t.word, phrase: true });
    from = t.at + t.word.length;
  }
  if (from < piece.length) out.push({ word: piece.slice(from), phrase: false });
  return out;
}

/** Words of one piece: everyday phrases as themselves, the text between them without edge particles (at least two characters). */
function wordsOf(piece: string): string[] {
  return splitAtPhrases(piece).flatMap(({ word, phrase }) => {
    if (phrase) return [word];
    return splitWeakEnd(trimParticles(word))
      .flatMap(splitWeakStart)
      .flatMap((part) => {
        const w = trimParticles(part);
        return Array.from(w).length >= 2 || /^[0-9a-z]+$/.test(w) || SYNONYM_BY_WORD.has(w) ? [w] : [];
      });
  });
}

/** How often, put inside a separable verb (换一次届, 开一回会). */
const INSERTED_COUNT = /(\p{Script=Han})(一次|一回|一遍|几次|一下)(\p{Script=Han})$/u;

/**
 * A separable verb takes the count inside it (换一次届 is 换届 once, 开一回会 is 开会):
 * the verb is put back together and the count follows it. Only at the end of a piece,
 * one character on either side, as these verbs are written; a joined word the texts do not
 * use finds nothing and then decides nothing (rank.ts ignores required words found nowhere).
 */
function joinSeparableVerb(piece: string): string[] {
  const m = INSERTED_COUNT.exec(piece);
  if (!m) return [piece];
  const before = piece.slice(0, m.index);
  return [...(before ? [before] : []), `${m[1]}${m[3]}`, m[2]!];
}

export interface UnderstoodQuery extends ParsedQuery {
  /** The input was read as a question (question words cut, hints added). */
  question: boolean;
}

/** Characters a number may be written with (两年, 5个, 半年): only then is quantity.ts needed. */
const NUMBER_CHAR = /[0-9〇零一二两三四五六七八九十百半俩仨]/;

/** Whether understanding the input reads numbers, so needs quantity.ts (a question that may state one). */
export function readsNumbers(text: string): boolean {
  return NUMBER_CHAR.test(text) && isQuestion(text);
}

/**
 * The query as understood. `numbers` (quantity.ts) reads the numbers of a question; without
 * it, which the search page does only where readsNumbers says there are none, a question's
 * numbers stay words.
 */
export function understandQuery(q: ParsedQuery, numbers?: NumberReading): UnderstoodQuery {
  const question = isQuestion(q.text);
  const terms: QueryTerm[] = [];
  const quantities: Quantity[] = [];
  const hintGroups = new Set<number>();
  const add = (t: QueryTerm): void => {
    const key = (x: QueryTerm): string => [...x.variants].sort().join('|');
    const same = terms.find((x) => x.term === t.term || key(x) === key(t));
    if (!same) terms.push(t);
    else if (!t.optional) delete same.optional;
  };
  for (const original of q.terms) {
    const text = original.term;
    if (/^第.+条$/.test(text) || (!question && SYNONYM_BY_WORD.has(text))) {
      add({ ...original, ...termFor(text) });
      continue;
    }
    let pieces = [text];
    if (question) {
      if (WHETHER_TAG.test(text)) {
        pieces = [text.slice(0, -1)];
        hintGroups.add(WHETHER_GROUP);
      }
      pieces = cut(
        pieces,
        QUESTION_SPELLINGS.map((s) => s.word),
        (w) => hintGroups.add(QUESTION_SPELLINGS.find((s) => s.word === w)!.group),
      );
      // What the question words leave of an A-not-A question (够不够资格) asks whether, too.
      pieces = pieces.flatMap((p) => {
        // The word itself stays (需要不需要 → 需要, then cut as filler): what is asked of it may be the topic.
        const cut = p.replace(A_NOT_A, (_, word: string) => ` ${word} `);
        if (cut !== p) hintGroups.add(WHETHER_GROUP);
        return cut.split(' ').filter(Boolean);
      });
      pieces = pieces.flatMap(joinSeparableVerb);
      // A question's numbers are compared with the texts' conditions, not looked up as words.
      pieces = pieces.flatMap((p) => {
        if (!numbers) return [p];
        const found = numbers.findQuantities(p);
        quantities.push(...found.quantities);
        // As typed (不足3人), the number is still evidence where the text says it so.
        for (const spelling of found.spellings) add(termFor(spelling, true));
        return found.rest.split(' ').filter(Boolean);
      });
      pieces = cut(pieces, FILLER_SPELLINGS);
      pieces = pieces.flatMap((p) =>
        splitAtFunctionWords(p, (w, verb) => {
          add(termFor(w, true));
          const failed = verb ? failedAct(verb) : [];
          // That the act fails is what is asked (联系不上): required, so a unit saying only that one
          // keeps in touch (保持经常联系) is at most a near miss.
          if (failed.length) add({ term: failed[0]!, variants: failed });
        }),
      );
      pieces = pieces.flatMap((p) => p.split('的'));
    }
    const words = pieces.flatMap(wordsOf);
    if (!question && (words.length <= 1 || words.join('') === text) && !words.some((w) => SYNONYM_BY_WORD.has(w))) {
      add(original);
      continue;
    }
    for (const w of words) add(termFor(w));
    // The literal keyword, where it occurs as typed, is still the best evidence.
    if (!question && words.length > 1) add({ ...termFor(text, true), phrase: true });
  }
  // A related word that the query asks for itself (换届 → 选举 in 换届选举) is that term's, not
  // this one's: otherwise a unit with 选举 alone would hold both.
  for (const t of terms) {
    if (!t.related) continue;
    const own = new Set(terms.filter((o) => o !== t && !o.optional).map((o) => o.term));
    const drop = t.related.filter((r) => own.has(r));
    if (drop.length === 0) continue;
    t.variants = t.variants.filter((v) => !drop.includes(v));
    t.related = t.related.filter((r) => !drop.includes(r));
    if (t.related.length === 0) delete t.related;
  }
  for (const g of [...hintGroups].sort((a, b) => a - b)) {
    const group = QUESTION_WORDS[g]!;
    const hint: QueryTerm = { term: group.words[0]!, variants: [...group.hints], optional: true, hint: true };
    if (group.weight !== undefined) hint.hintWeight = group.weight;
    if (group.unmarked) hint.unmarked = true;
    terms.push(hint);
  }
  if (question) for (const extra of [...rightsAsked(q.text, terms), ...actsNotDone(q.text)]) add(extra);
  if (hintGroups.has(DUTIES_GROUP)) dutiesByKind(terms);
  const out: UnderstoodQuery = { text: q.text, truncated: q.truncated, terms, question };
  if (quantities.length && numbers) {
    out.quantities = quantities;
    out.answerToNumbers = (sentence) => numbers.answerToNumbers(quantities, sentence);
  }
  return out;
}

const DUTIES_GROUP = QUESTION_WORDS.findIndex((g) => g.words.includes('干啥'));

/**
 * What a body does where it stands (协会里的党组织干啥): the party's texts give the duties of
 * its organisations by the kind of body they stand in (社会组织中党的基层组织…, 社会组织党支部…),
 * and an association is a 社会组织. So when a question asks what a body does, an association
 * term also counts for 社会组织, as related (half). Only then: elsewhere the registration texts'
 * 社会团体 is the association, and 社会组织 would favour every article listing kinds of bodies.
 */
function dutiesByKind(terms: QueryTerm[]): void {
  for (const t of terms) {
    if (t.optional || !t.variants.includes(ASSOCIATION) || t.variants.includes(ASSOCIATION_KIND)) continue;
    t.variants.push(ASSOCIATION_KIND);
    t.related = [...(t.related ?? []), ASSOCIATION_KIND];
  }
}

/**
 * A modal of permission before a verb: 能投票, 可以选举, 有没有…投票 asks whether one may.
 * 参加, 参与 before the act are light verbs: 能参加投票 asks whether one may vote.
 */
const MAY = /(?:可不可以|能不能|有没有|可以|有无|能)(参加|参与)?(\p{Script=Han}{2})/gu;

/**
 * Whether one may do a thing is answered where the texts speak of the right to it (能投票 →
 * 表决权: 预备党员…没有表决权): for a verb of two characters after a modal of permission, its
 * term's spellings with 权, as a hint: what the question asks for, weighed like 多久's 每季度
 * beside the topic's words. A rule of the language (V权 is the right to V). What the act is done
 * to, and a light verb before it (能参加投票选支委: 参加, 支委), the right loosens: where the texts
 * hold it, they are not required (rank.ts), since the right answers whatever one votes on.
 */
function rightsAsked(text: string, terms: readonly QueryTerm[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const m of text.matchAll(MAY)) {
    const verb = terms.find((t) => !t.optional && !t.hint && t.term === m[2]);
    if (!verb) continue;
    const rights = [...new Set(verb.variants.filter((v) => Array.from(v).length === 2).map((v) => `${v}权`))];
    const after = m.index + m[0].length;
    const objects = terms
      .filter((t) => !t.optional && !t.hint && t !== verb && (t.term === m[1] || text.indexOf(t.term, after) >= 0))
      .map((t) => t.term);
    if (rights.length)
      out.push({ term: rights[0]!, variants: rights, optional: true, hint: true, ...(objects.length ? { loosens: objects } : {}) });
  }
  return out;
}

/** A negation of a past act: 没转, 没有交, 未参加. */
const NOT_DONE = /(?:没有|没|未)(\p{Script=Han}+)/gu;

/**
 * An act not done (组织关系没转) is what the texts state of those who have not done it, in their
 * own negation (没有转移组织关系的流动党员, 未参加): the verb after the negation, with the texts'
 * spellings of it (termFor), as 没有… and 未…, an optional word. A rule of the language.
 */
function actsNotDone(text: string): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const m of text.matchAll(NOT_DONE)) {
    const verb = segmentWords(m[1]!)[0] ?? '';
    if (!/^\p{Script=Han}{1,2}$/u.test(verb) || FUNCTION_WORDS.includes(verb)) continue;
    const spellings = termFor(verb).variants.filter((v) => Array.from(v).length >= 2 || v === verb);
    const negated = [...new Set(spellings.flatMap((v) => [`没有${v}`, `未${v}`]))];
    if (negated.length) out.push({ term: negated[0]!, variants: negated, optional: true });
  }
  return out;
}

const LONG_TERM = 5;
/** A shorter term (党员失联, 纪委书记) is broken up only into words that cover all of it. */
const SHORT_TERM = 3;
const NOT_TOPIC = new Set([...FILLER, ...QUESTION_SPELLINGS.map((s) => s.word), '哪些', '什么', '怎么', '可以']);

/**
 * When the required terms occur together nowhere (a sentence, a long phrase), search
 * their words instead: the browser's Chinese word segmentation (Intl.Segmenter), with
 * runs of single characters joined back (党|费 → 党费, 3|名 → 3名), words without a topic
 * dropped, and the synonym table applied to each word. Optional terms are kept.
 * Returns undefined when there is no long term to break up.
 */
export function expandQuery(q: ParsedQuery): ParsedQuery | undefined {
  const long = (t: QueryTerm): boolean => !t.optional && !/^第.+条$/.test(t.term) && Array.from(t.term).length >= SHORT_TERM;
  if (!q.terms.some(long)) return undefined;
  const question = isQuestion(q.text);
  const terms: QueryTerm[] = [];
  const push = (t: QueryTerm): void => {
    if (!terms.some((x) => x.term === t.term)) terms.push(t);
  };
  for (const t of q.terms) {
    if (!long(t)) {
      push(t);
      continue;
    }
    // Everyday phrases stay whole (流动党员, not 流动|党员); the rest goes to the segmenter.
    for (const { word, phrase } of splitAtPhrases(t.term)) {
      if (phrase) {
        push(termFor(word));
        continue;
      }
      const words: string[] = [];
      let run = '';
      const flush = (): void => {
        if (Array.from(run).length >= 2) words.push(run);
        run = '';
      };
      for (const segment of segmentWords(word)) {
        if (!/[\p{L}\p{N}]/u.test(segment)) flush();
        else if (Array.from(segment).length === 1) run += segment;
        else {
          flush();
          words.push(segment);
        }
      }
      flush();
      // A short term is kept whole unless its words cover it (党|小组 would lose 党).
      if (Array.from(t.term).length < LONG_TERM && (words.length < 2 || words.join('') !== word)) {
        push(t);
        continue;
      }
      for (const w of words.flatMap(wordsOf)) if (!NOT_TOPIC.has(w)) push(termFor(w));
    }
    // A keyword's literal spelling stays optional evidence, as in understandQuery (an entry's heading, 书记述职).
    if (!t.optional && !question) push({ ...termFor(t.term, true), phrase: true });
  }
  const same = terms.length === q.terms.length && terms.every((t, i) => t.term === q.terms[i]?.term);
  if (same || !terms.some((t) => !t.optional)) return undefined;
  const out: ParsedQuery = { text: q.text, truncated: q.truncated, terms };
  if (q.quantities) out.quantities = q.quantities;
  if (q.answerToNumbers) out.answerToNumbers = q.answerToNumbers;
  return out;
}

/**
 * The one word to ask Pagefind first for a query of several required terms: the longest
 * word of the terms' own spellings (the likeliest to be rare), from the shortest term on a
 * tie, else the first. Asking one word loads one part of the index instead of every term's
 * (at 100× the corpus a two-term query loaded 300 kB of index); the search page asks the
 * other terms unless, on a large site, that word's best pages answer the query (search-page.ts).
 * Undefined for a single required term, which is asked as it is.
 */
export function probeWord(q: ParsedQuery): string | undefined {
  const terms = q.terms.filter((t) => !t.optional);
  if (terms.length < 2) return undefined;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  let best: { word: string; len: number; termLen: number } | undefined;
  for (const t of terms) {
    const termLen = Array.from(t.term).length;
    for (const seg of segmenter.segment(t.term)) {
      const len = Array.from(seg.segment).length;
      if (!seg.isWordLike || len < 2) continue;
      if (!best || len > best.len || (len === best.len && termLen < best.termLen)) best = { word: seg.segment, len, termLen };
    }
  }
  return best?.word;
}
