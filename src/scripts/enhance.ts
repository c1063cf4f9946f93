/**
 * The only JavaScript reading pages load: small progressive enhancements.
 * Each feature works (or is simply absent) without it.
 *
 * It imports nothing, so Astro inlines it into every page (see npm run budgets): a
 * module shared with other scripts would become a separate file. The storage keys
 * (lib/site/constants) reach it through the theme toggle's data attributes instead.
 */

/** Storage keys, as ThemeToggle.astro writes them on the toggle button. */
function storageKey(name: 'storageTheme' | 'storageHighlight'): string | undefined {
  return document.querySelector<HTMLElement>('[data-theme-toggle]')?.dataset[name];
}

function currentTheme(): 'dark' | 'light' {
  const set = document.documentElement.dataset['theme'];
  if (set === 'dark' || set === 'light') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const render = (): void => {
    const dark = currentTheme() === 'dark';
    button.setAttribute('aria-pressed', String(dark));
    button.textContent = dark ? '浅色模式' : '深色模式';
  };
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(storageKey('storageTheme') ?? '', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    render();
  });
}

/** "/" or Ctrl/⌘+K focuses the search box, unless the user is typing somewhere. */
function initSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    const isSlash = event.key === '/' && !typing;
    const isCmdK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!isSlash && !isCmdK) return;
    const box =
      document.querySelector<HTMLInputElement>('#search-input') ?? document.querySelector<HTMLInputElement>('[data-search-shortcut]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

/** "复制链接" anchors copy the absolute URL of the article; without JS they are plain links. */
function initCopyLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link || !navigator.clipboard) return;
    event.preventDefault();
    const url = new URL(link.getAttribute('href') ?? '', location.href).href;
    navigator.clipboard.writeText(url).then(
      () => flash(link, '已复制'),
      () => {
        location.hash = new URL(url).hash;
      },
    );
  });
}

/**
 * "复制条文" (the <summary> of a <details>) copies the citation the details hold:
 * 《title》第N条：text and the article's URL. Without JavaScript the details open and
 * show it as selectable text; when the clipboard refuses, they open with it selected.
 */
function initCopyText(): void {
  document.addEventListener('click', (event) => {
    const summary = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-copy-text]');
    const details = summary?.parentElement;
    const text = details?.querySelector<HTMLElement>('[data-cite-text]');
    // An open one just closes.
    if (!summary || !(details instanceof HTMLDetailsElement) || details.open || !text || !navigator.clipboard) return;
    event.preventDefault();
    navigator.clipboard.writeText(text.textContent ?? '').then(
      () => flash(summary, '已复制'),
      () => {
        details.open = true;
        getSelection()?.selectAllChildren(text);
        flash(summary, '请按 Ctrl+C 复制已选中的条文');
      },
    );
  });
}

/** Print buttons ([data-print], hidden in the HTML) appear only where they can work. */
function initPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => print());
  }
}

function flash(from: HTMLElement, text: string): void {
  const status = (from.closest('[data-ui]') ?? from.parentElement)?.querySelector<HTMLElement>('[role="status"]');
  if (status) {
    status.textContent = text;
    setTimeout(() => (status.textContent = ''), 2000);
  }
}

/**
 * The element id a location hash points to: '#art-3' → 'art-3', percent-escapes
 * decoded ('#%E7%AC%AC' → '第'). A malformed escape (#%E0%A4%A) is not an error: the
 * id is then taken as written, as browsers do. null for an empty hash. Pure.
 */
export function fragmentId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * After a search result click, marks the searched terms in the target article.
 * The search page leaves the terms in sessionStorage; they are used once.
 */
function highlightSearchTerms(): void {
  let needles: unknown;
  try {
    const key = storageKey('storageHighlight') ?? '';
    needles = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    sessionStorage.removeItem(key);
  } catch {
    return;
  }
  if (!Array.isArray(needles)) return;
  const words = needles.filter((n): n is string => typeof n === 'string' && n.length > 0);
  const id = fragmentId(location.hash);
  const target = id === null ? null : document.getElementById(id);
  const scope = target?.closest('.reg-article, section, p') ?? document.querySelector('[data-pagefind-body]');
  if (!scope || words.length === 0) return;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const hits: Text[] = [];
  while (walker.nextNode()) hits.push(walker.currentNode as Text);
  for (const node of hits) {
    const text = node.data;
    const at = Math.min(...words.map((w) => text.indexOf(w)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    const word = words.find((w) => text.indexOf(w) === at)!;
    const mark = document.createElement('mark');
    const rest = node.splitText(at);
    rest.splitText(word.length);
    mark.textContent = rest.data;
    rest.replaceWith(mark);
  }
}

/**
 * The offline copy: registers the service worker (only built sites name one, data-sw),
 * a little after the page has loaded. When a new deploy's worker takes over a page the old one
 * served, the page shows old content: the notice offers a reload (the new worker then
 * serves the new page).
 */
function initOffline(): void {
  const notice = document.querySelector<HTMLElement>('[data-sw]');
  const url = notice?.dataset['sw'];
  if (!notice || !url || !('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  // The very first worker also takes control (clientsClaim), of a page it did not change.
  let controlled = Boolean(workers.controller);
  workers.addEventListener('controllerchange', () => {
    if (controlled) notice.hidden = false;
    controlled = true;
  });
  notice.querySelector('button')?.addEventListener('click', () => location.reload());
  const register = (): void => void workers.register(url).catch(() => undefined);
  // The worker then downloads the whole site (about 2 MB): not while the first page is
  // still loading and settling on a slow phone (measured: Lighthouse's blocking time
  // doubled), but a few seconds after, when the reader is reading.
  const later = (): void => void setTimeout(register, 4000);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}

let started = false;
export function initEnhancements(): void {
  if (started) return;
  started = true;
  initThemeToggle();
  initSearchShortcut();
  initCopyLinks();
  initCopyText();
  initPrintButtons();
  highlightSearchTerms();
  initOffline();
}
