/**
 * Our ranking on top of Pagefind: Pagefind finds candidate pages; we split them
 * into article-level units and rank units by exact occurrences of the
 * query's terms (a BM25-style score), headings first, so the article that really
 * contains "三会一课" beats a page that merely has 三, 会, 一 and 课. Pure.
 */
import { fold, requiredTerms, type ParsedQuery, type QueryTerm } from './query';
import { buildExcerpt } from './excerpt';
import type { PageRecord, Unit } from './units';
import { placeQuotingUnits } from './quoting';
import { splitIntoUnits } from './units';
import { expansions } from './abbreviation';
import { withTopic } from '../regulations/topics';

export interface RankedResult {
  url: string;
  /** What the result is, naming document and unit: "支部工作条例 第十一条", "要求速查 · 党员大会", "党章 第五章 党的基层组织". */
  title: string;
  /** Where it stands, said once: the chapter of an article ("第四章 工作机制"), '' when the title says it all. */
  context: string;
  document: string;
  /** Heading of the matched unit: 第三十条, （一）…, a glossary term; '' for the page itself. */
  heading: string;
  excerptHtml: string;
  excerptMatched: boolean;
  /** Every term of the query occurs in this result as typed. */
  matchedAll: boolean;
  /** URL of the unit this one quotes (a 要求速查 entry quotes its article), if any. */
  quotes: string | undefined;
  score: number;
}

/**
 * Whether the query, as typed, is answered by the texts: some unit of a regulation holds every
 * term. When only our own pages hold it as typed (书记述职, a 要求速查 entry's heading; 纪委书记,
 * the explainer's word), the texts say the same in their own words (书记…述职, 纪律检查委员会…
 * 书记), so the search page searches the query's words too (expandQuery) and the article leads.
 */
export function answeredAsTyped(results: readonly Pick<RankedResult, 'matchedAll' | 'quotes' | 'document'>[]): boolean {
  return results.some((r) => r.matchedAll && r.quotes === undefined && isText(r.document));
}

/**
 * Regulation text is what readers land on most; our own pages rank lower. A 要求速查 entry
 * restates an article and quotes it: secondary evidence, weighted like a glossary entry and
 * placed beside the article it quotes (see placeQuotingUnits). Keyed by meta "document",
 * which for our own pages is their document type, DOC_TYPES in shared/site/constants (spelled
 * out here: a client script sharing that module would stop the enhancement scripts from being
 * inlined; a unit test keeps the two in step).
 */
export const DOCUMENT_WEIGHT: Readonly<Record<string, number>> = { 解读: 0.8, 术语: 0.5, 要求速查: 0.5, 工具: 0.8 };
const K1 = 1.2;
const B = 0.5;

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/\s+/g, ''));
  const out = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) out.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) out.add(chars[0]!);
  return out;
}

/** Terms found close together (within a short clause) read as one phrase. */
const NEAR = 12;

/** Shortest window of folded text holding one occurrence of every term, or Infinity. */
export function shortestSpan(text: string, q: ParsedQuery): number {
  const hits: { at: number; end: number; term: number }[] = [];
  q.terms.forEach((t, ti) => {
    for (const v of t.variants) {
      for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) hits.push({ at, end: at + v.length, term: ti });
    }
  });
  hits.sort((a, b) => a.at - b.at);
  let best = Infinity;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Map<number, number>();
    for (let j = i; j < hits.length; j++) {
      const h = hits[j]!;
      seen.set(h.term, Math.max(seen.get(h.term) ?? 0, h.end));
      if (h.at - hits[i]!.at > best) break;
      if (seen.size === q.terms.length) {
        best = Math.min(best, Math.max(...seen.values()) - hits[i]!.at);
        break;
      }
    }
  }
  return best;
}

function proximityBonus(text: string, q: ParsedQuery): number {
  const minimal = q.terms.reduce((n, t) => n + Math.min(...t.variants.map((v) => v.length)), 0);
  const span = shortestSpan(text, q);
  if (!Number.isFinite(span)) return 0;
  const gap = span - minimal;
  return gap <= 2 ? 30 : gap <= NEAR ? 15 : 0;
}

/**
 * Occurrences of a term in folded text: of the term or an equivalent spelling (the best
 * one), and of its related words (换届 → 任期, 选举), which count half.
 */
function termFrequency(text: string, t: QueryTerm, abbreviated = false): { same: number; related: number; expanded: string[] } {
  let same = 0;
  let related = 0;
  for (const v of t.variants) {
    const n = count(text, v);
    if (t.related?.includes(v)) related = Math.max(related, n);
    else same = Math.max(same, n);
  }
  // Found nowhere as typed: maybe as the phrase it abbreviates (政审 ← 政治审查), which counts like a related word.
  const expanded = abbreviated && same + related === 0 ? expansions(text, t.term).map(([a, b]) => text.slice(a, b)) : [];
  return { same, related: related + expanded.length, expanded };
}

/** At most this many candidate units hold a term for it to count as rare (see `rare`). */
const RARE = 2;
/** A split keyword found as typed. */
const PHRASE_BONUS = 10;
/**
 * A unit that a 要求速查 entry quotes (page meta "cites"): the site's table of requirements
 * names it as the rule on its topic. Where the query had to be read (a question, a keyword
 * split into words) rather than found as typed, that tips the balance among units holding
 * every term; a keyword found as typed is ranked by its own occurrences.
 */
const CITED_BONUS = 15;
/** Per required term, and per optional word after them, in the best sentence of a unit. */
const SENTENCE_REQUIRED = 10;
const SENTENCE_HINT = 25;
const SENTENCE_WEAK = 8;
/** Every required term in one sentence. */
const SENTENCE_ALL = 15;
/**
 * The article that governs a thing before those that mention it: its 条旨 is the term (or
 * holds it), or its text defines the term ("党员组织关系是指…", "党支部党员大会是…").
 */
const TOPIC_IS_TERM = 25;
/** The 条旨 holds the term as typed, or its characters in order (入党誓词 in 入党宣誓和誓词): a little more than a synonym. */
const TOPIC_HOLDS_TYPED = 12;
const TOPIC_HOLDS_TERM = 10;
const DEFINES_TERM = 15;
/**
 * A weak word of the query (手续 beside 转正), or what a question asks for (干啥 → 任务), in the
 * 条旨 too: the label names what else was asked. Not the modal hints (应当) found everywhere.
 */
const TOPIC_HOLDS_WEAK = 5;
/** Per number of the question that the conditions of a sentence holding a required term answer (quantity.ts). */
const QUANTITY_BONUS = 30;
/** A required term found only in the 条旨, not in the text: the label is ours and weighs less. */
const TOPIC_ONLY = 15;
/** Per required term a question's unit lacks (of at least NEAR_MISS_TERMS), below one holding all. */
const NEAR_MISS_PENALTY = 40;
const NEAR_MISS_TERMS = 3;
/** A unit that says the right a question asks about is someone's (speaksOfRight). */
const RIGHTS_BONUS = 25;

/** The best answer to the question's numbers among the sentences holding a required term. */
function quantityScore(text: string, q: ParsedQuery, required: readonly QueryTerm[]): number {
  if (!q.answerToNumbers) return 0;
  let best = 0;
  for (const sentence of text.split(/[。；;！？!?\n]|\. /)) {
    if (!required.some((t) => t.variants.some((v) => sentence.includes(v)))) continue;
    best = Math.max(best, q.answerToNumbers(sentence));
  }
  return best;
}

/**
 * How much the question's numbers tell the candidates apart, as a factor on QUANTITY_BONUS
 * (1 to 3, the log of candidates per unit stating a condition the numbers compare with, met or
 * not): an age (17岁) that one article's condition (年满十八岁) speaks to says more than a period
 * most articles state.
 */
export function numbersWeight(q: ParsedQuery, folded: readonly { text: string }[]): number {
  const answer = q.answerToNumbers;
  if (!answer) return 1;
  const answering = folded.filter((f) => answer(f.text) > 0).length;
  return answering === 0 ? 1 : Math.min(3, Math.max(1, Math.log(folded.length / answering)));
}

/** Whether the first sentence of a unit's text defines the term: the term, then 是 or 是指 close after it. */
function definesTerm(body: string, t: QueryTerm): boolean {
  const first = body.split(/[。；;]/, 1)[0] ?? '';
  return t.variants.some((v) => {
    const at = first.indexOf(v);
    return at >= 0 && at < 12 && /^[^，,]{0,6}?是/.test(first.slice(at + v.length));
  });
}

/** A 条旨 compared with a term: quotes and 的 dropped (党员的权利 is 党员权利: Chinese may leave 的 out). */
const numberFree = (s: string): string => s.replace(/[“”"的]/g, '');

/** Whether a term of two words (党员权利: 党员 + 权利, each two characters or more) has them in order in the text. */
function spokenApart(text: string, term: string): boolean {
  const chars = Array.from(term);
  for (let cut = 2; cut <= chars.length - 2; cut++) {
    const head = chars.slice(0, cut).join('');
    const at = text.indexOf(head);
    if (at >= 0 && text.indexOf(chars.slice(cut).join(''), at + head.length) >= 0) return true;
  }
  return false;
}

/**
 * Whether a unit's 条旨 is the term and its text says the term's two words, in one clause
 * (党员享有下列权利 under 【党员的权利】) or apart (巡视制度…巡察制度 under 【巡视巡察】): the label
 * says what the article governs, the article speaks of it in its own words.
 */
function topicSaysTerm(f: { text: string; topic: string }, t: QueryTerm): boolean {
  return f.topic !== '' && numberFree(f.topic) === numberFree(t.term) && spokenApart(f.text, t.term);
}

/** The topical terms of a query: not the hints, not an article number. */
const topicalTerms = (terms: readonly QueryTerm[]): QueryTerm[] => terms.filter((t) => !t.hint && !/^第.+条$/.test(t.term));

const ownVariants = (t: QueryTerm): string[] => t.variants.filter((v) => !t.related?.includes(v));

/**
 * Whether a unit's 条旨 is on the whole of a query of several topical terms: it holds every one
 * (换届选举: 任期、选举和换届), or it is made of two or more of them (章程的内容 of 章程, 内容:
 * all its characters but one at most, 的 and the joining marks aside) and the page's title (the
 * document, the chapter) holds the rest, since every article of 社会团体登记管理条例 is about
 * 社会团体 (协会) whether its label says so or not. A label that holds two of the words and
 * more is about something else (入党介绍人的任务, 警告、停止活动和吊销登记证书).
 */
function coversQuery(f: { topic: string; title: string }, topical: readonly QueryTerm[]): boolean {
  if (f.topic === '' || topical.length < 2) return false;
  const spans = topical.map((t) => ownVariants(t).find((v) => f.topic.includes(v)));
  if (spans.every((v) => v !== undefined)) return true;
  const inTopic = spans.filter((v): v is string => v !== undefined);
  const label = f.topic.replace(/[的、和及与“”]/g, '');
  if (inTopic.length < 2 || inTopic.reduce((n, v) => n + v.length, 0) < label.length - 1) return false;
  return topical.every((t, i) => spans[i] !== undefined || t.variants.some((v) => f.title.includes(v)));
}

/**
 * The governing bonus of a unit for the query's topical required terms (see TOPIC_IS_TERM);
 * `covered`: its 条旨 is on the whole query (coversQuery).
 */
function governs(f: { text: string; heading: string; topic: string }, topical: readonly QueryTerm[], covered: boolean): number {
  const body = f.heading ? f.text.slice(f.text.indexOf(f.heading) + f.heading.length).replace(/^[\s.　]+/, '') : f.text;
  let best = 0;
  for (const t of topical) {
    const own = ownVariants(t);
    // The 条旨 says what an article governs, where the article itself speaks of the term:
    // as typed, or, where the 条旨 is the term, in its two words (topicSaysTerm).
    const isTopic = f.topic !== '' && numberFree(f.topic) === numberFree(t.term);
    if (!own.some((v) => f.text.includes(v)) && !topicSaysTerm(f, t)) continue;
    let bonus = 0;
    // The 条旨 is the term as typed (a synonym in the 条旨 only says the article is about it).
    if (isTopic) bonus = TOPIC_IS_TERM;
    else if (f.topic && (f.topic.includes(t.term) || expansions(f.topic, t.term).length > 0)) bonus = TOPIC_HOLDS_TYPED;
    else if (f.topic && own.some((v) => f.topic.includes(v))) bonus = TOPIC_HOLDS_TERM;
    if (definesTerm(body, { ...t, variants: own })) bonus = Math.max(bonus, DEFINES_TERM);
    best = Math.max(best, bonus);
  }
  // A 条旨 that holds every word of a query of several (换届选举: 任期、选举和换届; 章程的内容
  // for 章程 写 哪些内容, which the article lists as 下列事项) is on the whole query.
  return covered ? Math.max(best, TOPIC_IS_TERM) : best;
}

/**
 * The answer to a question is a sentence: the topic's words together with what was asked
 * (党员大会…一般每季度召开1次). Scores a unit's best sentence by the required terms it
 * holds and the hint and weak words beside them, in full where they follow the first of
 * them: Chinese states the topic first and then what holds for it, so in
 * "每年至少召开1次组织生活会，…以党员大会…形式进行" the frequency is not 党员大会's. Pure.
 */
export function sentenceScore(text: string, terms: readonly QueryTerm[], required: ReadonlySet<QueryTerm>): number {
  let best = 0;
  const sentences = text.split(/[。；;！？!?\n]|\. /).filter((s) => s.trim() !== '');
  sentences.forEach((sentence) => {
    let req = 0;
    let first = Infinity;
    for (const t of terms) {
      if (!required.has(t)) continue;
      for (const v of t.variants) {
        const at = sentence.indexOf(v);
        if (at >= 0) first = Math.min(first, at);
      }
      if (t.variants.some((v) => sentence.includes(v))) req++;
    }
    if (req === 0) return;
    let opt = 0;
    for (const t of terms) {
      if (required.has(t) || t.phrase || !t.variants.some((v) => sentence.includes(v))) continue;
      const after = t.variants.some((v) => sentence.indexOf(v, first + 1) > first);
      opt += (t.hint ? SENTENCE_HINT * (t.hintWeight ?? 1) : SENTENCE_WEAK) * (after ? 1 : 0.5);
    }
    const score = req * SENTENCE_REQUIRED + (req === required.size && req > 1 ? SENTENCE_ALL : 0) + opt;
    best = Math.max(best, score);
  });
  return best;
}

/** The terms with the long forms found for them in a unit as spellings too, and the required ones among them. */
function withLongForms(
  terms: readonly QueryTerm[],
  required: ReadonlySet<QueryTerm>,
  longForms: ReadonlyMap<QueryTerm, string[]>,
): [readonly QueryTerm[], ReadonlySet<QueryTerm>] {
  if (longForms.size === 0) return [terms, required];
  const out = terms.map((t) => (longForms.has(t) ? { ...t, variants: [...t.variants, ...longForms.get(t)!] } : t));
  return [out, new Set(out.filter((_, i) => required.has(terms[i]!)))];
}

/**
 * Chinese builds words from morphemes, and an everyday word often shares one with the texts'
 * word for the same thing: 建 in 建立, 管 in 管理, 单位 in 工作单位. For each word of the query a
 * unit does not hold, the rarest of its characters that the unit does hold, by how rare that
 * character is among the candidates (0 to 1): a little evidence among units holding the rest.
 */
const MORPHEME_BONUS = 6;

/** How rare each character of the query's words is among the units: 1 for one unit's, towards 0 for every unit's. */
function charRarity(q: ParsedQuery, folded: readonly { text: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  const n = folded.length + 1;
  for (const t of q.terms) {
    if (t.hint || t.phrase) continue;
    for (const c of Array.from(t.term)) {
      if (out.has(c)) continue;
      const held = folded.filter((f) => f.text.includes(c)).length;
      out.set(c, Math.log(n / (held + 0.5)) / Math.log(n));
    }
  }
  return out;
}

/** The morpheme evidence of a unit's text for the query's words it does not hold (MORPHEME_BONUS). */
function morphemes(text: string, q: ParsedQuery, rarity: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const t of q.terms) {
    if (t.hint || t.phrase || t.variants.some((v) => text.includes(v))) continue;
    let best = 0;
    for (const c of Array.from(t.term)) if (text.includes(c)) best = Math.max(best, rarity.get(c) ?? 0);
    sum += best;
  }
  return sum;
}

interface Scored {
  unit: Unit;
  score: number;
  needles: string[];
  matchedAll: boolean;
}

function scoreUnits(units: readonly Unit[], q: ParsedQuery): Scored[] {
  const folded = units.map((s) => ({
    text: fold(s.text),
    heading: fold(s.heading),
    topic: fold(s.topic),
    title: fold(s.page.meta['title'] ?? ''),
  }));
  const avgLen = folded.reduce((n, f) => n + f.text.length, 0) / Math.max(1, folded.length);
  // Which units hold each term as typed, once: df counts them all, textDf the regulations' only.
  const holds = q.terms.map((t) => folded.map((f) => t.variants.some((v) => f.text.includes(v))));
  const df = holds.map((held) => held.filter(Boolean).length);
  const ofText = units.map((u) => isText(u.page.meta['document']));
  const idf = df.map((d) => Math.log(1 + (units.length - d + 0.5) / (d + 0.5)));
  // A term is read as an abbreviation only where no candidate holds it as typed (书记轮训 is a
  // 要求速查 entry's own word; 政审 is in no text): the reader's own spelling wins where it exists.
  const named = q.terms.map((t) => folded.some((f) => t.variants.some((v) => f.heading.includes(v) || f.title.includes(v))));
  const abbreviated = q.terms.map((t, ti) => df[ti] === 0 && !t.hint && !t.phrase && !named[ti]);
  // A term the texts barely use (信教 once, in a list of believers) is also read as an
  // abbreviation in each unit that does not hold it (信仰宗教): there it counts half. Not
  // where a heading is that term: then it names the unit to find.
  // Counted in the regulations' own text only: our pages' spelling (纪委 in the explainer and
  // 要求速查) says nothing about what the texts call it (纪律检查委员会).
  const textDf = holds.map((held) => held.filter((h, i) => h && ofText[i]).length);
  const rare = q.terms.map((t, ti) => abbreviated[ti]! || (textDf[ti]! <= RARE && !t.hint && !t.phrase && !t.optional && !named[ti]));
  // A required word found in no candidate at all (a colloquial word the texts do not use)
  // cannot tell the candidates apart: the others decide. A result still holds "every term"
  // (matchedAll) only when it holds all of them.
  const typed = requiredTerms(q);
  const findable = typed.filter((t) => {
    const ti = q.terms.indexOf(t);
    return (
      df[ti]! > 0 ||
      folded.some(
        (f) =>
          t.variants.some((v) => f.heading.includes(v) || f.title.includes(v) || f.topic.includes(v)) ||
          (abbreviated[ti] && (expansions(f.text, t.term).length > 0 || expansions(f.topic, t.term).length > 0)),
      )
    );
  });
  // A right the candidates hold (表决权 for 能投票) answers whether one may, whatever the act is
  // done to (选支委): the words it loosens are not required then (see rightsAsked in understand.ts).
  const loosened = new Set(q.terms.flatMap((t, ti) => (t.loosens && df[ti]! > 0 ? t.loosens : [])));
  const firm = findable.filter((t) => !loosened.has(t.term));
  const required = new Set(firm.length ? firm : findable.length ? findable : typed);
  const loosenedTyped = typed.filter((t) => loosened.has(t.term)).length;
  const rarity = charRarity(q, folded);
  const numbersFactor = numbersWeight(q, folded);
  // The rights the question asks about (表决权 of 能投票, or typed), for speaksOfRight.
  const rights = q.terms.filter((t) => t.term.endsWith('权') && (t.hint || required.has(t)));
  const must: ParsedQuery = { ...q, terms: q.terms.filter((t) => required.has(t)) };
  const topical = topicalTerms(must.terms);
  const question = q.terms.some((t) => t.optional && !t.phrase);
  const read = question || q.terms.some((t) => t.phrase);
  const cited = new Set(units.flatMap((s) => (s.cites ? [s.cites] : [])));
  // A restatement holding a keyword as typed (a 要求速查 entry headed 书记述职) names the topic of
  // the unit it quotes: that unit counts the phrase as found too.
  const phrases = q.terms.filter((t) => t.phrase);
  const phraseCited = new Set(
    units.flatMap((s, i) => (s.cites && phrases.some((t) => t.variants.some((v) => folded[i]!.text.includes(v))) ? [s.cites] : [])),
  );

  return units.map((unit, i) => {
    const f = folded[i]!;
    let score = 0;
    let matched = 0;
    let optionalScore = 0;
    let topicOnly = 0;
    let needles: string[] = [];
    // The long forms an abbreviation stands for in this unit (纪律检查委员会 for 纪委), per term.
    const longForms = new Map<QueryTerm, string[]>();
    const phraseNeedles: string[] = [];
    q.terms.forEach((t, ti) => {
      const { same, related, expanded } = termFrequency(f.text, t, rare[ti]);
      if (expanded.length) longForms.set(t, expanded);
      const tf = same + related;
      const isRequired = required.has(t);
      // A query that names an article (第三十条) should land on that article's heading,
      // and one that names a page (要求速查, 术语) on the start of that page.
      const headingIsTerm =
        isRequired &&
        ((/^第.+条$/.test(t.term) && t.variants.some((v) => f.heading.replace(/[\s.　]+$/g, '') === v)) ||
          (unit.anchorId === undefined && t.variants.some((v) => f.title === v)));
      const inHeading = t.variants.some((v) => f.heading.includes(v));
      const inTitle = isRequired && t.variants.some((v) => f.title.includes(v));
      // The 条旨 is ours: it finds a unit and counts less than the text (half a heading's weight).
      const inTopic =
        f.topic !== '' &&
        !t.hint &&
        (t.variants.some((v) => f.topic.includes(v)) ||
          numberFree(f.topic).includes(numberFree(t.term)) ||
          (abbreviated[ti] && expansions(f.topic, t.term).length > 0));
      const found = tf > 0 || inHeading || inTitle || inTopic;
      // Highlight the term and its equivalents (related words only where the term is not
      // there; never single characters of a hint list); where a split keyword occurs as
      // typed, the excerpt shows just that.
      if (found && t.phrase) phraseNeedles.push(...t.variants);
      else if (found && !t.unmarked) {
        needles.push(...t.variants.filter((v) => (same === 0 || !t.related?.includes(v)) && (v.length > 1 || t.variants.length === 1)));
        needles.push(...expanded);
      }
      const norm = K1 * (1 - B + (B * f.text.length) / avgLen);
      const sat = (same * (K1 + 1)) / (same + norm) + (0.5 * related * (K1 + 1)) / (related + norm);
      const termScore = headingIsTerm ? 50 : (idf[ti] ?? 0) * (sat + (inHeading ? 1.5 : 0) + (inTopic ? 0.75 : 0) + (inTitle ? 0.5 : 0));
      if (isRequired) {
        if (found) matched++;
        // Not where the 条旨 is the term and the text says its two words (巡视…巡察).
        if (inTopic && tf === 0 && !inHeading && !inTitle && !topicSaysTerm(f, t)) topicOnly++;
        score += termScore;
      } else if (tf > 0 || inHeading) {
        optionalScore += t.phrase ? PHRASE_BONUS + termScore : termScore;
      } else if (t.phrase && phraseCited.has(unit.url)) {
        optionalScore += PHRASE_BONUS + (idf[ti] ?? 0);
      }
    });
    if (matched === required.size) {
      score += 100 + optionalScore; // every required term present, exactly
      if (read && cited.has(unit.url)) score += CITED_BONUS;
      // A 条旨 that names the whole query says what the article is about, in the words the
      // text leaves out (章程的内容 over 下列事项): its terms found there only are not held against it.
      const covered = coversQuery(f, topical);
      score += governs(f, topical, covered) - (covered ? 0 : TOPIC_ONLY * topicOnly);
      const weak = q.terms.filter((t) => t.optional && !t.unmarked && !t.phrase && !required.has(t));
      if (f.topic && weak.some((t) => t.variants.some((v) => v.length > 1 && f.topic.includes(v)))) score += TOPIC_HOLDS_WEAK;
      const [spelled, spelledRequired] = withLongForms(q.terms, required, longForms);
      score += numbersFactor * QUANTITY_BONUS * quantityScore(f.text, q, [...spelledRequired]);
      // A question (hint or weak words beside the topic) is answered by a sentence; keywords by terms close together.
      if (question) score += sentenceScore(f.text, spelled, spelledRequired);
      else if (must.terms.length > 1) score += proximityBonus(f.text, must);
      score += MORPHEME_BONUS * morphemes(f.text, q, rarity);
      if (speaksOfRight(f.text, rights)) score += RIGHTS_BONUS;
    } else if (question && required.size >= NEAR_MISS_TERMS && matched >= Math.ceil(required.size / 2)) {
      // A question tells its situation in words the answer need not repeat (支部大会通过 for the
      // article on the 党委's time limit): an article holding at least half of three or more terms
      // is judged by the hint words, the question's numbers and its sentences, as one holding them
      // all is, less a fixed amount per term it lacks (never below a partial match), and never
      // counts as matchedAll.
      score += Math.max(40 * (matched / required.size), 100 - NEAR_MISS_PENALTY * (required.size - matched)) + optionalScore;
      score += numbersFactor * QUANTITY_BONUS * quantityScore(f.text, q, [...required]);
      score += sentenceScore(f.text, q.terms, required);
      if (speaksOfRight(f.text, rights)) score += RIGHTS_BONUS;
    } else if (matched > 0) {
      score += 40 * (matched / required.size) + optionalScore / 2;
      // All but one term (often the reader's 协会, which the party regulations never name):
      // the question's numbers still tell the article whose condition they meet.
      if (matched === required.size - 1) score += numbersFactor * (QUANTITY_BONUS / 2) * quantityScore(f.text, q, [...required]);
    } else {
      // No exact term: fall back to shared character pairs, ranked below any exact hit.
      const want = bigrams(q.text);
      const have = bigrams(f.text);
      const shared = [...want].filter((g) => have.has(g)).length / Math.max(1, want.size);
      score = shared >= 0.5 ? 10 * shared : 0;
      if (score > 0) needles.push(...[...want].filter((g) => have.has(g)));
    }
    if (phraseNeedles.length) needles = phraseNeedles;
    // A bare chapter title (no text of its own) is a weaker answer than an article.
    const headingOnly = unit.anchorId === undefined && unit.text.replace(/[\s.]/g, '').length < 40 ? 0.9 : 1;
    const weight = (DOCUMENT_WEIGHT[unit.page.meta['document'] ?? ''] ?? 1) * headingOnly;
    return {
      unit,
      score: score * weight,
      needles,
      matchedAll: matched === required.size && required.size === typed.length - loosenedTyped,
    };
  });
}

/**
 * Whether a unit holding the right a question asks about (表决权, asked as 能投票 or typed) says
 * it as someone's right (预备党员的权利，除了没有表决权…; 党员享有下列权利), not as a count of
 * those at a meeting (有表决权的党员到会).
 */
function speaksOfRight(text: string, rights: readonly QueryTerm[]): boolean {
  return rights.some((t) => t.variants.some((v) => text.includes(v))) && /的权利|享有/.test(text);
}

/** A regulation's text, by page meta "document" (not one of our own pages: DOCUMENT_WEIGHT). */
function isText(document: string | undefined): boolean {
  return !((document ?? '') in DOCUMENT_WEIGHT);
}

/** Among equal scores, the more fundamental document first (meta "priority", 1 = 党章). */
function priority(unit: Unit): number {
  return Number(unit.page.meta['priority'] ?? 100);
}

/**
 * The title and context of a result. A regulation's unit is named by document and
 * heading (支部工作条例 第十一条) with its chapter as context; a unit of our own pages by
 * its heading after the page's kind (要求速查 · 党员大会); a page by its own title.
 */
export function resultTitle(unit: Pick<Unit, 'heading' | 'page'> & { topic?: string }): { title: string; context: string } {
  const meta = unit.page.meta;
  const heading = unit.heading.replace(/[\s.　]+$/g, '');
  const document = meta['document'] ?? '';
  const pageTitle = meta['title'] ?? unit.page.url;
  if (!heading) return { title: pageTitle, context: '' };
  if (isText(document)) {
    const chapter = meta['chapter'] ?? '';
    return { title: `${document} ${withTopic(heading, unit.topic)}`.trim(), context: chapter && chapter !== heading ? chapter : '' };
  }
  if (document === pageTitle) return { title: `${document} · ${heading}`, context: '' };
  return { title: heading, context: `${document} · ${pageTitle}` };
}

export function rankPages(pages: readonly PageRecord[], q: ParsedQuery, limit = 20): RankedResult[] {
  if (q.terms.length === 0) return [];
  const units = pages.flatMap(splitIntoUnits);
  const scored = scoreUnits(units, q)
    .filter((s) => s.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || priority(a.unit) - priority(b.unit) || a.unit.page.rank - b.unit.page.rank || a.unit.start - b.unit.start,
    );
  const placed = placeQuotingUnits(scored.map((s) => ({ ...s, url: s.unit.url, cites: s.unit.cites })));
  return placed.slice(0, limit).map(({ unit, score, needles, matchedAll }) => {
    const heading = unit.heading.replace(/[\s.　]+$/g, '');
    const body = heading ? unit.text.slice(unit.text.indexOf(heading) + heading.length).replace(/^[\s.　]+/, '') : unit.text;
    // When only the heading matches (a query like 第三十条), the excerpt starts with it.
    const bodyHasMatch = needles.some((n) => fold(body).includes(fold(n)));
    const excerpt = buildExcerpt(heading && !bodyHasMatch ? `${heading}　${body}` : body || unit.text, needles);
    return {
      url: unit.url,
      ...resultTitle(unit),
      document: unit.page.meta['document'] ?? '',
      heading,
      excerptHtml: excerpt.html,
      excerptMatched: excerpt.matched,
      matchedAll,
      quotes: unit.cites,
      score,
    };
  });
}
