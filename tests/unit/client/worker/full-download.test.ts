import { describe, expect, it } from 'vitest';
import { formatSize, pending, statusText, type FullEntry } from '../../../../src/client/worker/full-download';

describe('pending', () => {
  const files: FullEntry[] = [
    { url: '/a/', revision: '1' },
    { url: '/b/', revision: '2' },
    { url: '/pagefind/index/x.pf_index', revision: null },
  ];

  it('is everything when nothing is saved', () => {
    expect(pending(files, {})).toEqual(files);
  });

  it('leaves out what is saved at the same revision, keeps what changed or is missing', () => {
    expect(pending(files, { '/a/': '1', '/b/': 'old', '/pagefind/index/x.pf_index': null })).toEqual([files[1]]);
    expect(pending(files, { '/a/': '1', '/b/': '2' })).toEqual([files[2]]);
  });

  it('is nothing when all is saved; files saved but no longer listed do not matter', () => {
    expect(pending(files, { '/a/': '1', '/b/': '2', '/pagefind/index/x.pf_index': null, '/gone/': '9' })).toEqual([]);
  });
});

describe('formatSize', () => {
  it('reads in MB with one decimal, never 0', () => {
    expect(formatSize(2_130_000)).toBe('约 2.0 MB');
    expect(formatSize(128 * 1024 * 1024)).toBe('约 128.0 MB');
    expect(formatSize(10)).toBe('约 0.1 MB');
  });
});

describe('statusText', () => {
  it('counts the files while downloading and when it failed, and says why in Chinese', () => {
    expect(statusText({ state: 'progress', done: 12, total: 340 })).toBe('正在下载：12 / 340 个文件……');
    expect(statusText({ state: 'failed', reason: 'network', done: 12, total: 340 })).toBe(
      '下载没有完成（已保存 12 / 340 个文件）：网络中断了，请联网后再点一次，已保存的部分不会重新下载。',
    );
    expect(statusText({ state: 'failed', reason: 'storage', done: 12, total: 340 })).toContain('手机存储空间不足');
    expect(statusText({ state: 'partial', done: 40 })).toBe('下载没有完成（已保存 40 个文件）：再点一次按钮，接着下载其余的部分。');
  });

  it('leaves the count out when the list itself could not be fetched, and says nothing before any download', () => {
    expect(statusText({ state: 'failed', reason: 'network', done: 0, total: 0 })).toBe(
      '下载没有完成：网络中断了，请联网后再点一次，已保存的部分不会重新下载。',
    );
    expect(statusText({ state: 'none' })).toBe('');
    expect(statusText({ state: 'outdated' })).toContain('只下载有变化的部分');
  });
});
