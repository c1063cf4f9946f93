/**
 * Citation notes and glossary terms (CiteNote.astro, Term.astro), which open as popovers
 * without JavaScript. This adds two things the platform does not:
 * - a note opens at its top, and the page moves so that the marker tapped is not under the
 *   sheet (on a phone the sheet takes the lower part of the screen);
 * - where popover is unsupported (older WeChat/X5 browsers), a term leads to its 术语表
 *   entry and a note marker to the first article it cites, instead of doing nothing.
 * Imports nothing, so that it stays inline (see theme-toggle.ts).
 */
export function initNotes(): void {
  if (!('popover' in HTMLElement.prototype)) {
    document.addEventListener('click', (event) => {
      const from = (event.target as HTMLElement | null)?.closest<HTMLElement>('.term, .cite__mark');
      const href = from?.dataset['href'] ?? from?.parentElement?.querySelector<HTMLAnchorElement>('.cite__list a')?.href;
      if (href) location.href = href;
    });
    return;
  }
  let invoker: Element | null | undefined;
  document.addEventListener('click', (event) => {
    invoker = (event.target as HTMLElement | null)?.closest('[popovertarget]:not([popovertargetaction])') ?? invoker;
  });
  // toggle does not bubble: listened for on the way down.
  document.addEventListener(
    'toggle',
    (event) => {
      const note = event.target as HTMLElement;
      if ((event as ToggleEvent).newState !== 'open' || !note.classList.contains('cite-note')) return;
      note.scrollTop = 0;
      const sheet = note.getBoundingClientRect();
      const mark = invoker?.getBoundingClientRect();
      if (mark && mark.bottom > sheet.top && mark.top < sheet.bottom && mark.right > sheet.left && mark.left < sheet.right)
        scrollBy({ top: mark.bottom - sheet.top + 8, behavior: 'instant' });
    },
    true,
  );
}
