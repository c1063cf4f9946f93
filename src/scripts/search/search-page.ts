/**
 * The search page: URL-driven (?q=…&type=…&doc=…), debounced as the user types,
 * Pagefind for candidates and our own ranking (src/lib/search) for order and excerpts.
 */
import { candidateTerms, expandQuery, limitQuery, mergeCandidates, parseQuery, MAX_QUERY_CHARS, type ParsedQuery } from '../../lib/search/query';
import { rankPages, type RankedResult } from '../../lib/search/rank';
import type { PageRecord } from '../../lib/search/segments';
import { escapeHtml } from '../../lib/search/excerpt';
import { loadPagefind, type PagefindData, type PagefindResult } from './pagefind';

/** Pagefind candidates we fetch and re-rank; pages are small, so this stays cheap. */
const CANDIDATES = 16;
const HIGHLIGHT_KEY = 'search-highlight';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const typeBoxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="type"]'));
const docSelect = form.querySelector<HTMLSelectElement>('select[name="doc"]')!;

/** Set when ?q= in the address was longer than what is searched: the status says so until the next edit. */
let urlQueryCut = false;

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

function filters(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const types = typeBoxes.filter((b) => b.checked).map((b) => b.value);
  if (types.length) out['文档类型'] = { any: types };
  if (docSelect.value) out['文件'] = docSelect.value;
  return out;
}

function say(message: string): void {
  status.textContent = message;
}

function render(results: RankedResult[]): void {
  list.innerHTML = results
    .map((r) => {
      const place = [r.document, r.heading && r.heading !== r.document ? r.heading : ''].filter(Boolean).join(' · ');
      return `<li class="search-result" data-score="${r.score.toFixed(2)}"><a class="search-result__link" href="${escapeHtml(r.url)}">${escapeHtml(r.heading || r.title)}</a>
<p class="search-result__where">${escapeHtml(place)}${r.title && r.title !== r.heading ? `｜${escapeHtml(r.title)}` : ''}</p>
<p class="search-result__excerpt">${r.excerptHtml}</p></li>`;
    })
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

// The landing page highlights what was searched for (see scripts/enhance.ts).
list.addEventListener('click', (event) => {
  if ((event.target as HTMLElement).closest('a')) {
    try {
      sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify(lastNeedles));
    } catch {
      // Storage unavailable: the landing page simply shows no highlight.
    }
  }
});

async function run(): Promise<void> {
  const mine = ++generation;
  const raw = input.value;
  const q = parseQuery(raw);
  if (!q.text) {
    list.innerHTML = '';
    say('请输入要搜索的词语，例如“三会一课”“正式党员”“第三十条”。');
    return;
  }
  if (Array.from(q.text.replace(/\s/g, '')).length < 2 && !/^[0-9a-z]$/.test(q.text)) {
    // One Chinese character matches almost everything; ask for a word instead.
    list.innerHTML = '';
    say('搜索词太短：请至少输入两个字，例如“换届”“党费”。');
    return;
  }
  say('正在搜索…');
  try {
    let results = await search(q);
    if (mine !== generation) return;
    // A question or sentence that occurs nowhere as typed: search its words instead.
    const words = results.some((r) => r.matchedAll) ? undefined : expandQuery(q);
    if (words) {
      // Ranked by the words; near misses of the literal query follow.
      const byWords = await search(words);
      if (mine !== generation) return;
      const seen = new Set(byWords.map((r) => r.url));
      results = [...byWords, ...results.filter((r) => !seen.has(r.url))];
    }
    render(results);
    lastNeedles = (words ?? q).terms.flatMap((t) => t.variants);
    const note = q.truncated || urlQueryCut ? `（搜索词过长，只使用了前 ${MAX_QUERY_CHARS} 个字）` : '';
    if (words && results.length > 0) {
      say(`没有与“${q.text}”完全一致的内容，以下 ${results.length} 条结果包含其中的词语：${words.terms.map((t) => t.term).join('、')}。${note}`);
    } else if (results.length === 0) {
      const filtered = Object.keys(filters()).length > 0;
      say(`没有找到与“${q.text}”相关的内容。${filtered ? '可以取消筛选条件后再试，' : ''}试试更短的词，或换一个说法（如“换届”“组织生活会”）。${note}`);
    } else {
      say(`找到 ${results.length} 条与“${q.text}”相关的结果。${note}`);
    }
  } catch {
    if (mine === generation) say('搜索索引加载失败：请刷新页面重试。');
  }
}

/**
 * Pagefind requires every word of a query, so each term and each spelling variant
 * (第30条/第三十条) is asked separately and the candidates merged, then ranked by us.
 */
async function search(q: ParsedQuery): Promise<RankedResult[]> {
  const pagefind = await loadPagefind();
  const searches = await Promise.all(candidateTerms(q).map((term) => pagefind.search(term, { filters: filters() })));
  const data = await Promise.all(mergeCandidates(searches, CANDIDATES).map(pageData));
  const pages: PageRecord[] = data.map((d, rank) => ({ url: d.url, content: d.content, meta: d.meta, anchors: d.anchors ?? [], rank }));
  return rankPages(pages, q);
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
