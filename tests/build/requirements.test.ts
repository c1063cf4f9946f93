// 要求速查 (/requirements/) is read off the norm table: every norm, in its group, with its
// quote, its link and what counts as met; a new norm needs no page edit (issue #18).
import { beforeAll, describe, expect, it } from 'vitest';
import { GROUP_TITLES, NORMS } from '../../src/shared/assessment/norms';
import { groupSameRequirement } from '../../src/shared/requirements/filters';
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
  it('lists every norm of the table, in its group, with its quote and what counts as met; one entry per requirement', () => {
    // Norms stating one requirement in several texts (民主评议党员) share the entry of the first.
    const requirements = groupSameRequirement(NORMS);
    const entries = Array.from(doc.querySelectorAll('article.requirement'), (a) => a.id);
    expect(entries).toEqual(requirements.map((r) => `req-${r[0]!.id}`));
    for (const r of requirements) {
      const entry = doc.getElementById(`req-${r[0]!.id}`);
      const quotes = Array.from(entry?.querySelectorAll('blockquote') ?? [], (q) => q.textContent);
      for (const n of r) {
        expect(entry?.closest('section')?.querySelector('h2')?.id, n.id).toBe(n.group);
        expect(quotes, n.id).toContain(n.quote);
        expect(entry?.textContent, n.id).toContain(n.met);
      }
    }
  });

  it('has a section per group, 发展党员 included', () => {
    expect(Array.from(doc.querySelectorAll('section.requirements__group > h2'), (h) => h.textContent)).toEqual(Object.values(GROUP_TITLES));
  });
});
