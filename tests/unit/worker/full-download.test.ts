import { describe, expect, it } from 'vitest';
import { formatSize, pending, type FullEntry } from '../../../src/worker/full-download';

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
