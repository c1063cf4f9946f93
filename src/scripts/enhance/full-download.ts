// The full download's button and its progress (FullDownload.astro). Imports only types,
// so that it stays inline (see theme-toggle.ts); it runs only when the button is pressed,
// or, on a page the worker already controls, to ask whether the download is done.
import type { FromWorker, ToWorker } from '../../worker/full-download';

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
  const done = '已下载全部内容，没有网络时也能阅读每一页、搜索全部内容。';
  const failed = (why: string, saved = ''): void => {
    button.disabled = false;
    say(`下载没有完成${saved}：${why}，已保存的部分不会重新下载。`);
  };
  workers.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (m.type === 'full-progress') say(`正在下载：${m.done} / ${m.total} 个文件……`);
    else if (m.type === 'full-failed')
      failed(
        m.reason === 'storage' ? '手机存储空间不足，请清理后再点一次' : '网络中断了，请联网后再点一次',
        m.total ? `（已保存 ${m.done} / ${m.total} 个文件）` : '',
      );
    else if (m.type === 'full-done' || m.state === 'done') say(done);
    else if (m.state === 'outdated') say('本站已更新：再点一次按钮，只下载有变化的部分。');
    if (m.type === 'full-done') button.disabled = false;
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    say('正在准备下载……');
    // The page may not have registered the worker yet (offline.ts waits a few seconds).
    void workers
      .register(url)
      .then(() => workers.ready)
      .then((registration) => registration.active?.postMessage({ type: 'full-download' } satisfies ToWorker))
      .catch(() => failed('网络中断了，请联网后再点一次'));
  });
  workers.controller?.postMessage({ type: 'full-status' } satisfies ToWorker);
}
