// The offline copy (UpdateNotice.astro). Imports nothing so that it stays inline (see
// theme-toggle.ts).

/**
 * Registers the service worker (only built sites name one, data-sw), a little after the
 * page has loaded. When a new deploy's worker takes over a page the old one served, the
 * page shows old content: the notice offers a reload (the new worker then serves the
 * new page).
 */
export function initOffline(): void {
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
  // The worker then downloads its precache (the shell, search and the self-assessment,
  // under 1 MB): not while the first page is still loading and settling on a slow phone
  // (measured: Lighthouse's blocking time doubled), but a few seconds after, when the
  // reader is reading.
  const later = (): void => void setTimeout(register, 4000);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
