// Runs one query through the real search page, inside the browser page, the way a
// user does (type, submit, wait for the status line), and returns the time taken
// and the listed results. Pass to page.evaluate(runSearchInPage, query).
export async function runSearchInPage(query: string): Promise<{ ms: number; urls: string[]; excerpt: string }> {
  const input = document.querySelector<HTMLInputElement>('#search-input')!;
  const status = document.querySelector('#search-status')!;
  const started = performance.now();
  const done = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!status.textContent!.includes('正在')) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
  input.value = query;
  document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
  await done;
  const ms = performance.now() - started;
  const items = Array.from(document.querySelectorAll('#search-results > li'));
  return {
    ms,
    urls: items.slice(0, 5).map((li) => li.querySelector('a')?.getAttribute('href') ?? ''),
    excerpt: items[0]?.querySelector('.search-result__excerpt')?.textContent ?? '',
  };
}
