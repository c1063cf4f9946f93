// Runs one query through the real search page, inside the browser page, the way a
// user does (type, submit, wait for the status line), and returns the time taken
// and the listed results. Pass to page.evaluate(runSearchInPage, query). The page's
// parts are found as its script finds them: inside [data-search], by data-search-part.
export async function runSearchInPage(query: string): Promise<{ ms: number; urls: string[]; excerpt: string }> {
  // Inside the function: page.evaluate sends only its source to the browser.
  const SEARCHING = '正在搜索…';
  const root = document.querySelector('[data-search]')!;
  const part = <T extends Element>(name: string): T => root.querySelector<T>(`[data-search-part="${name}"]`)!;
  const input = part<HTMLInputElement>('input');
  const status = part<HTMLElement>('status');
  const started = performance.now();
  const done = new Promise<void>((resolve) => {
    // The status is exactly 正在搜索… while it searches; a result's line may quote a query that holds 正在.
    const observer = new MutationObserver(() => {
      if (status.textContent !== SEARCHING) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
  input.value = query;
  part<HTMLFormElement>('form').requestSubmit();
  await done;
  const ms = performance.now() - started;
  const items = Array.from(part('results').querySelectorAll(':scope > li'));
  return {
    ms,
    urls: items.slice(0, 5).map((li) => li.querySelector('a')?.getAttribute('href') ?? ''),
    excerpt: items[0]?.querySelector('.search-result__excerpt')?.textContent ?? '',
  };
}
