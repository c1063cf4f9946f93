/**
 * The search page: URL-driven (?q=…&type=…&doc=…), debounced as the user types,
 * Pagefind for candidates and our own ranking (src/shared/search) for order and excerpts.
 * Questions are read by src/shared/search/understand.ts. The script finds its parts inside
 * its own element ([data-search], parts by data-search-part), never by page-wide ids.
 */
import { limitQuery, parseQuery, requiredTerms, MAX_QUERY_CHARS, type ParsedQuery, type QueryTerm } from '../../shared/search/query';
import type { RankedResult } from '../../shared/search/rank';
import type { PageRecord } from '../../shared/search/units';
import { escapeHtml } from '../../shared/search/excerpt';
import type * as RankingModule from './ranking';
import type { NumberReading } from '../../shared/search/quantity';
import { loadPagefind, type PagefindData, type PagefindResult } from './pagefind';

/** Understanding and ranking (./ranking), loaded on the first search like Pagefind. */
let ranking: Promise<typeof RankingModule> | undefined;
const loadRanking = (): Promise<typeof RankingModule> => (ranking ??= import('./ranking'));
/** Numbers and conditions, loaded for the first question that may state a number (readsNumbers). */
let numbers: Promise<NumberReading> | undefined;
const loadNumbers = (): Promise<NumberReading> => (numbers ??= import('../../shared/search/quantity'));

/** Pagefind candidates we fetch and re-rank; pages are small, so this stays cheap. */
const CANDIDATES = 16;
/** Below this many pages holding every term, pages holding some of them are fetched too. */
const FILL = 8;
/**
 * A probe word on more pages than this means a large site, where each term's part of the
 * index is large too: there the probe word's best pages answer a query when FILL of them
 * hold every term. On this site (about 50 pages) every term is always asked.
 */
const PROBE_MANY = 200;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const part = <T extends HTMLElement>(name: string): T => root.querySelector<T>(`[data-search-part="${name}"]`)!;
const form = part<HTMLFormElement>('form');
const input = part<HTMLInputElement>('input');
const status = part<HTMLElement>('status');
const list = part<HTMLOListElement>('results');
const filtersBox = part<HTMLDetailsElement>('filters');
const filterCount = part<HTMLElement>('filter-count');
const typeBoxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="type"]'));
const docSelect = form.querySelector<HTMLSelectElement>('select[name="doc"]')!;

/** Set when ?q= in the address was longer than what is searched: the status says so until the next edit. */
let urlQueryCut = false;

/** Wide screens show the filters; phones fold them into one control that says how many are set. */
const wide = matchMedia('(min-width: 40rem)');
function showFilterState(): void {
  const n = typeBoxes.filter((b) => b.checked).length + (docSelect.value ? 1 : 0);
  filterCount.textContent = n ? `（已选 ${n} 项）` : '';
  if (wide.matches) filtersBox.open = true;
}
wide.addEventListener('change', showFilterState);

/**
 * Fills the form from the address. A ?q= longer than MAX_QUERY_CHARS (a pasted link)
 * is cut like typed input, and the address is rewritten to the part that is searched.
 */
function readUrl(): void {
  const params = new URLSearchParams(location.search);
  const raw = params.get('q') ?? '';
  const limited = limitQuery(raw);
  input.value = limited.text;
  urlQueryCut = limited.truncated;
  const types = params.getAll('type');
  for (const box of typeBoxes) box.checked = types.includes(box.value);
  docSelect.value = params.get('doc') ?? '';
  showFilterState();
  if (limited.text !== raw) writeUrl();
}

/** The address holds exactly the query that is searched (see limitQuery), never more. */
function writeUrl(): void {
  const params = new URLSearchParams();
  const q = limitQuery(input.value).text;
  if (q) params.set('q', q);
  for (const box of typeBoxes) if (box.checked) params.append('type', box.value);
  if (docSelect.value) params.set('doc', docSelect.value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** The Pagefind filter naming a page's document (SEARCH_KEYS.document, spelled out: see DOCUMENT_WEIGHT in rank.ts). */
const FILTER_DOCUMENT = '文件';

function filters(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const types = typeBoxes.filter((b) => b.checked).map((b) => b.value);
  if (types.length) out['文档类型'] = { any: types };
  if (docSelect.value) out[FILTER_DOCUMENT] = docSelect.value;
  return out;
}

/** How the name of a document ends; only such a term costs a look at the filter values. */
const DOCUMENT_NAME = /(章|章程|条例|细则|规定|规则|办法)$/;

/**
 * The required term that is the name of a document on the site (a value of the 文件 filter,
 * or what it abbreviates: 党章 for 中国共产党章程 is a filter value itself), when the query
 * has another required term to look for in it.
 */
async function documentScope(q: ParsedQuery): Promise<{ term: QueryTerm; name: string } | undefined> {
  const required = requiredTerms(q);
  if (required.length < 2 || docSelect.value) return undefined;
  const term = required.find((t) => DOCUMENT_NAME.test(t.term));
  if (!term) return undefined;
  const names = Object.keys((await (await loadPagefind()).filters())[FILTER_DOCUMENT] ?? {});
  const name = names.find((n) => n === term.term);
  return name ? { term, name } : undefined;
}

function say(message: string): void {
  status.textContent = message;
}

/** A result: its title names document and unit (支部工作条例 第十一条); the chapter follows once, as context. */
function render(results: RankedResult[]): void {
  list.innerHTML = results
    .map(
      (
        r,
      ) => `<li class="search-result" data-score="${r.score.toFixed(2)}"><a class="search-result__link" href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a>
${r.context ? `<p class="search-result__where">${escapeHtml(r.context)}</p>` : ''}
<p class="search-result__excerpt">${r.excerptHtml}</p></li>`,
    )
    .join('');
}

/** Page records already fetched and decoded, by Pagefind result id: typing refines a query, so most come back. */
const pageCache = new Map<string, Promise<PagefindData>>();
function pageData(result: PagefindResult): Promise<PagefindData> {
  let data = pageCache.get(result.id);
  if (!data) {
    data = result.data();
    pageCache.set(result.id, data);
  }
  return data;
}

let generation = 0;
let lastNeedles: string[] = [];

// The landing page highlights what was searched for (see src/client/enhance/search-highlight.ts).
list.addEventListener('click', (event) => {
  if ((event.target as HTMLElement).closest('a')) {
    try {
      sessionStorage.setItem(__STORAGE_KEYS__.searchHighlight, JSON.stringify(lastNeedles));
    } catch {
      // Storage unavailable: the landing page simply shows no highlight.
    }
  }
});

const words = (q: ParsedQuery): string =>
  requiredTerms(q)
    .map((t) => t.term)
    .join('、');

async function run(): Promise<void> {
  const mine = ++generation;
  showFilterState();
  const parsed = parseQuery(input.value);
  if (!parsed.text) {
    list.innerHTML = '';
    say('请输入要搜索的词语或问题，例如“三会一课”“第三十条”“党员大会多久开一次”。');
    return;
  }
  if (Array.from(parsed.text.replace(/\s/g, '')).length < 2 && !/^[0-9a-z]$/.test(parsed.text)) {
    // One Chinese character matches almost everything; ask for a word instead.
    list.innerHTML = '';
    say('搜索词太短：请至少输入两个字，例如“换届”“党费”。');
    return;
  }
  say('正在搜索…');
  try {
    const { absentDocumentNotice, readsNumbers, understandQuery, withNearMisses, wordsQuery } = await loadRanking();
    const reading = readsNumbers(parsed.text) ? await loadNumbers() : undefined;
    if (mine !== generation) return;
    const q = understandQuery(parsed, reading);
    let results = await search(q);
    if (mine !== generation) return;
    // Terms that occur together nowhere but in a restatement (a sentence, a long phrase, an
    // entry's heading): search their words as well (shared/search/answer).
    const foundAsTyped = results.some((r) => r.matchedAll);
    const expanded = wordsQuery(q, results);
    if (expanded) {
      const byWords = await search(expanded);
      if (mine !== generation) return;
      results = withNearMisses(byWords, results);
    }
    render(results);
    const used = expanded ?? q;
    lastNeedles = used.terms.filter((t) => !t.hint).flatMap((t) => t.variants.filter((v) => v.length > 1));
    const note = parsed.truncated || urlQueryCut ? `（搜索词过长，只使用了前 ${MAX_QUERY_CHARS} 个字）` : '';
    // A topic governed by a document the site does not hold: say which, before what our texts say.
    const absent = absentDocumentNotice(parsed.text);
    if (absent && results.length > 0) {
      say(`${absent}${note}`);
    } else if (results.length === 0) {
      const filtered = Object.keys(filters()).length > 0;
      say(
        `没有找到与“${parsed.text}”相关的内容。${filtered ? '可以取消筛选条件后再试，' : ''}试试更短的词，或换一个说法（如“换届”“组织生活会”）。${note}`,
      );
    } else if (expanded && !foundAsTyped) {
      say(`没有与“${parsed.text}”完全一致的内容，以下 ${results.length} 条结果包含其中的词语：${words(expanded)}。${note}`);
    } else if (q.question) {
      say(`找到 ${results.length} 条结果，回答“${parsed.text}”（按${words(q)}查找）。${note}`);
    } else {
      say(`找到 ${results.length} 条与“${parsed.text}”相关的结果。${note}`);
    }
  } catch {
    if (mine === generation) say('搜索索引加载失败：请刷新页面重试。');
  }
}

/** Fetches the candidates' page records and ranks them. */
async function rankCandidates(candidates: readonly PagefindResult[], q: ParsedQuery): Promise<RankedResult[]> {
  const { rankPages } = await loadRanking();
  const data = await Promise.all(candidates.map(pageData));
  const pages: PageRecord[] = data.map((d, rank) => ({ url: d.url, content: d.content, meta: d.meta, anchors: d.anchors ?? [], rank }));
  return rankPages(pages, q);
}

/**
 * Pagefind requires every word of a query, so each spelling of each required term
 * (第30条/第三十条, 建支部/成立党支部) is asked separately; pages holding every term are
 * fetched first (selectCandidates), then ranked by us. A query of several terms first asks
 * one word (probeWord): on a large site (PROBE_MANY), when at least FILL of that word's best
 * pages hold every term, they answer the query and the other terms' parts of the index are
 * never loaded (npm run bench:scale: 332 → under 150 kB at 100× for a two-term query).
 */
async function search(q: ParsedQuery): Promise<RankedResult[]> {
  const [pagefind, { mergeCandidates, probeWord, selectCandidates }] = await Promise.all([loadPagefind(), loadRanking()]);
  const options = { filters: filters() };
  // A term that names a document (支部工作条例第二十一条, 党章 30) scopes the search to it: its
  // name is in titles, not in the text, and 第二十一条 alone is on every regulation's pages.
  const scope = await documentScope(q);
  if (scope) {
    options.filters[FILTER_DOCUMENT] = scope.name;
    const perTerm = await Promise.all(
      requiredTerms(q)
        .filter((t) => t !== scope.term)
        .map(async (t) => mergeCandidates(await Promise.all(t.variants.map((v) => pagefind.search(v, options))), Infinity)),
    );
    return rankCandidates(selectCandidates(perTerm, CANDIDATES, FILL), q);
  }
  const probe = probeWord(q);
  if (probe) {
    const found = (await pagefind.search(probe, options))?.results ?? [];
    if (found.length > PROBE_MANY) {
      const ranked = await rankCandidates(found.slice(0, CANDIDATES), q);
      const answering = new Set(ranked.filter((r) => r.matchedAll).map((r) => r.url.split('#')[0]));
      if (answering.size >= FILL) return ranked;
    }
  }
  const perTerm = await Promise.all(
    requiredTerms(q).map(async (t) => {
      const found = await Promise.all(t.variants.map((v) => pagefind.search(v, options)));
      return mergeCandidates(found, Infinity);
    }),
  );
  return rankCandidates(selectCandidates(perTerm, CANDIDATES, FILL), q);
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    writeUrl();
    void run();
  }, 200);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  writeUrl();
  void run();
});
input.addEventListener('input', () => {
  urlQueryCut = false;
  schedule();
});
for (const box of typeBoxes) box.addEventListener('change', schedule);
docSelect.addEventListener('change', schedule);
window.addEventListener('popstate', () => {
  readUrl();
  void run();
});

readUrl();
void run();
