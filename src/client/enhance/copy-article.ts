/**
 * The tools of a regulation article (regulation/Article.astro): 复制链接 and 复制条文.
 * Without JavaScript the first is a plain link and the second opens to selectable
 * text. Imports nothing so that it stays inline (see theme-toggle.ts).
 */

/** "复制链接" anchors copy the absolute URL of the article; without JS they are plain links. */
export function initCopyLinks(): void {
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
export function initCopyText(): void {
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

function flash(from: HTMLElement, text: string): void {
  const status = (from.closest('[data-ui]') ?? from.parentElement)?.querySelector<HTMLElement>('[role="status"]');
  if (status) {
    status.textContent = text;
    setTimeout(() => (status.textContent = ''), 2000);
  }
}
