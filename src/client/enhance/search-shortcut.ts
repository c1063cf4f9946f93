/**
 * "/" or Ctrl/⌘+K focuses the page's search box ([data-search-shortcut]: the header's,
 * or the search page's own), unless the user is typing somewhere. Imports nothing so
 * that it stays inline (see theme-toggle.ts).
 */
export function initSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    const isSlash = event.key === '/' && !typing;
    const isCmdK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!isSlash && !isCmdK) return;
    const box = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
