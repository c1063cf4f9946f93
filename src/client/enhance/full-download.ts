// The full download's button and its status (FullDownload.astro). Imports only types,
// so that it stays inline (see theme-toggle.ts); the worker sends the words to show
// (src/client/worker/full-download.ts). It runs only when the button is pressed, or, on a page
// the worker already controls, to ask once where the download stands.
import type { FromWorker, ToWorker } from '../worker/full-download';

export function initFullDownload(): void {
  const root = document.querySelector<HTMLElement>('[data-full-download]');
  const button = root?.querySelector('button');
  const status = root?.querySelector('[role="status"]');
  if (!root || !button || !status) return;
  const say = (text: string): void => void (status.textContent = text);
  const url = root.dataset['fullDownload'];
  if (!url || !('serviceWorker' in navigator)) {
    button.addEventListener('click', () => say('这个浏览器不能把本站保存到本机。'));
    return;
  }
  const workers = navigator.serviceWorker;
  workers.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    if (event.data.type !== 'full-status') return;
    const more = event.data.status.state === 'progress';
    button.disabled = more;
    say(event.data.text);
    // The download goes one batch per message (src/client/worker/sw.ts): a page showing its progress
    // asks for the next; with no such page open it stops, and the next press continues.
    if (more) (event.source as ServiceWorker | null)?.postMessage({ type: 'full-download' } satisfies ToWorker);
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    say('正在准备下载……');
    // The page may not have registered the worker yet (offline.ts waits a few seconds).
    void workers
      .register(url)
      .then(() => workers.ready)
      .then((registration) => registration.active?.postMessage({ type: 'full-download' } satisfies ToWorker))
      .catch(() => {
        button.disabled = false;
        say('下载没有开始：请联网后再点一次。');
      });
  });
  workers.controller?.postMessage({ type: 'full-status' } satisfies ToWorker);
}
