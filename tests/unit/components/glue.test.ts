import { describe, expect, it } from 'vitest';
import { glueNoteMarkers, termsOutOfHeading } from '../../../src/components/explainer/glue';

const mark = (n: number): string => `<span class="cite" data-ui><button>${n}</button><span popover><span>注${n}</span></span></span>`;

describe('glueNoteMarkers', () => {
  it('wraps a marker with the punctuation after it, keeping every character', () => {
    const html = `依法依规办事${mark(1)}，坚持${mark(2)}。`;
    expect(glueNoteMarkers(html)).toBe(
      `依法依规办事<span class="cite-glue">${mark(1)}，</span>坚持<span class="cite-glue">${mark(2)}。</span>`,
    );
  });

  it('leaves a marker followed by text, and text without markers, as they are', () => {
    expect(glueNoteMarkers(`见${mark(3)}党章`)).toBe(`见${mark(3)}党章`);
    expect(glueNoteMarkers('<span class="ref">党章</span>，')).toBe('<span class="ref">党章</span>，');
  });
});

describe('termsOutOfHeading', () => {
  it('leaves the words of each term in the heading and moves its popover out', () => {
    const note = '<span id="term-a" popover><span>术语：两个覆盖</span></span>';
    const html = `（一）持续推进“<span class="term-wrap"><button type="button" class="term" popovertarget="term-a">两个覆盖</button>${note}</span>”`;
    expect(termsOutOfHeading(html)).toEqual({ heading: '（一）持续推进“两个覆盖”', notes: note });
    expect(termsOutOfHeading('（二）没有术语')).toEqual({ heading: '（二）没有术语', notes: '' });
  });
});
