// 要求速查 (/requirements/) is read off the norm table: every norm, in its group, with its
// quote, its link and what counts as met; a new norm needs no page edit (issue #18).
import { beforeAll, describe, expect, it } from 'vitest';
import { GROUP_TITLES, NORMS } from '../../src/lib/assessment/norms';
import { assertBuilt, readPage } from '../support/dist';
import { Window } from 'happy-dom';

let doc: Document;

beforeAll(() => {
  assertBuilt();
  const window = new Window();
  window.document.write(readPage('/requirements/'));
  doc = window.document as unknown as Document;
});

describe('要求速查', () => {
  it('lists every norm of the table once, in its group, with its quote and what counts as met', () => {
    const entries = Array.from(doc.querySelectorAll('article.requirement'), (a) => a.id);
    expect(entries).toEqual(NORMS.map((n) => `req-${n.id}`));
    for (const n of NORMS) {
      const entry = doc.getElementById(`req-${n.id}`);
      expect(entry?.closest('section')?.querySelector('h2')?.id, n.id).toBe(n.group);
      expect(entry?.querySelector('blockquote')?.textContent, n.id).toBe(n.quote);
      expect(entry?.textContent, n.id).toContain(n.met);
    }
  });

  it('has a section per group, 发展党员 included', () => {
    expect(Array.from(doc.querySelectorAll('section h2'), (h) => h.textContent)).toEqual(Object.values(GROUP_TITLES));
  });
});
