import { describe, expect, it } from 'vitest';
import { articleCitationLabel } from '../../../../src/shared/regulations/citation-label';

describe('articleCitationLabel', () => {
  it('names the article by number, with the 款/项 a citation narrows it to', () => {
    expect(articleCitationLabel('示例规则', 31)).toBe('《示例规则》第三十一条');
    expect(articleCitationLabel('示例规则', 10, '第（六）项')).toBe('《示例规则》第十条第（六）项');
  });

  it('keeps the label a text prints itself', () => {
    expect(articleCitationLabel('示例规则', '第7条')).toBe('《示例规则》第7条');
  });
});
