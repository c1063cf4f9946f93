/**
 * The explicit full download (下载全部内容以便离线阅读): what the build writes for it, what
 * the page and the service worker say to each other, and which files are still to fetch.
 * Shared by the build (src/node/integrations/service-worker.ts), the worker (sw.ts) and the
 * page's inline script (src/client/enhance/full-download.ts, types only: it imports
 * nothing at run time).
 */

/** The second manifest: every file the precache leaves out, written by the build. */
export const FULL_LIST_URL = '/offline-all.json';

/** One file of the full download: the address it is requested at and its content revision (null: the name is its revision). */
export interface FullEntry {
  url: string;
  revision: string | null;
}

/** offline-all.json. `version` names the list, so that a copy downloaded from an older build is known as such. */
export interface FullList {
  version: string;
  files: FullEntry[];
}

/** Page → worker: fetch the next batch of the download (the page sends one after each progress); say where it stands. */
export type ToWorker = { type: 'full-download' } | { type: 'full-status' };

/**
 * Where the download stands: `done` when everything of this build is saved, `outdated`
 * when a copy from an older build is, `partial` when a first download stopped part-way
 * (the page was closed), `none` when nothing was downloaded yet.
 */
export type FullStatus =
  | { state: 'progress'; done: number; total: number }
  | { state: 'done' }
  | { state: 'failed'; reason: 'network' | 'storage'; done: number; total: number }
  | { state: 'outdated' }
  | { state: 'partial'; done: number }
  | { state: 'none' };

/** Worker → pages: the status and how the page says it (the words live here, not in the page's inline script). */
export interface FromWorker {
  type: 'full-status';
  status: FullStatus;
  text: string;
}

/** What the reader reads about the download. */
export function statusText(status: FullStatus): string {
  switch (status.state) {
    case 'progress':
      return `正在下载：${status.done} / ${status.total} 个文件……`;
    case 'done':
      return '已下载全部内容，没有网络时也能阅读每一页、搜索全部内容。';
    case 'failed': {
      const saved = status.total ? `（已保存 ${status.done} / ${status.total} 个文件）` : '';
      const why = status.reason === 'storage' ? '手机存储空间不足，请清理后再点一次' : '网络中断了，请联网后再点一次';
      return `下载没有完成${saved}：${why}，已保存的部分不会重新下载。`;
    }
    case 'outdated':
      return '本站已更新：再点一次按钮，只下载有变化的部分。';
    case 'partial':
      return `下载没有完成（已保存 ${status.done} 个文件）：再点一次按钮，接着下载其余的部分。`;
    case 'none':
      return '';
  }
}

/** What the worker keeps about the download: the list version last completed, each saved file's revision. */
export interface FullSaved {
  version: string | null;
  files: Record<string, string | null>;
}

/** The entries of `list` not saved yet, or saved at another revision: a repeated or interrupted download fetches only these. */
export function pending(files: readonly FullEntry[], saved: FullSaved['files']): FullEntry[] {
  return files.filter((f) => !(f.url in saved) || saved[f.url] !== f.revision);
}

/** The element of a page whose text the build sets to the download's size (约 1.8 MB): the size is known only once Pagefind has written its index. */
export const FULL_SIZE_ATTR = 'data-full-size';

/** How the size reads on the page. */
export const formatSize = (bytes: number): string => `约 ${Math.max(0.1, bytes / 1024 / 1024).toFixed(1)} MB`;
