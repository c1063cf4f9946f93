import { describe, expect, it } from 'vitest';
import { keepUnitAnchors } from '../../../src/node/integrations/index-anchors';

describe('keepUnitAnchors', () => {
  it('keeps the ids of headings and articles', () => {
    const html = '<article id="req-a" class="x"><h3 id="req-a-title">标题</h3></article><h2 id="art-3">第三条</h2>';
    expect(keepUnitAnchors(html)).toBe(html);
  });

  it('drops the id of any other element and keeps its other attributes', () => {
    expect(keepUnitAnchors('<p class="para" id="p-11" data-n="11">正文</p>')).toBe('<p class="para" data-n="11">正文</p>');
    expect(keepUnitAnchors("<span id='n1'>注</span><div id=x>块</div>")).toBe('<span>注</span><div>块</div>');
  });

  it('reads quoted values whole: an id inside a value, or a > in one, is not a tag boundary', () => {
    const html = '<div data-props="{&quot;id&quot;:1}" title="a > b" id="props">x</div>';
    expect(keepUnitAnchors(html)).toBe('<div data-props="{&quot;id&quot;:1}" title="a > b">x</div>');
  });

  it('leaves attributes that merely end in id alone', () => {
    const html = '<input aria-describedby="hint" data-id="7" hidden>';
    expect(keepUnitAnchors(html)).toBe(html);
  });
});
