import { describe, expect, it } from 'vitest';
import { glueNoteMarkers } from '../../../src/components/explainer/glue';

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
