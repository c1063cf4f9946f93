// The 条旨 validator on a synthetic document: labels only for articles the text has.
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../../../src/shared/regulations/parse';
import { checkTopics, withTopic } from '../../../../src/shared/regulations/topics';
import { regulationTopicsSchema } from '../../../../src/node/content/schemas';

const doc = parseRegulation(
  [
    '---',
    'title: 《示例条例》',
    'issuer: 示例机关',
    'source: 测试用合成文本',
    '---',
    '第一章 总则',
    '第一条 示例第一条。',
    '第二条 示例第二条。',
  ].join('\n'),
  'demo.txt',
);

describe('checkTopics', () => {
  it('returns the labels by article number', () => {
    expect([...checkTopics('content/regulations/demo.topics.yaml', { '2': '第二个主题', '1': '第一个主题' }, doc)]).toEqual([
      [1, '第一个主题'],
      [2, '第二个主题'],
    ]);
  });

  it('fails naming the file and every article that does not exist', () => {
    expect(() => checkTopics('content/regulations/demo.topics.yaml', { '1': '主题', '3': '多余', '40': '多余' }, doc)).toThrow(
      /^content\/regulations\/demo\.topics\.yaml：第3、40条在《示例条例》中不存在/,
    );
  });
});

describe('regulationTopicsSchema', () => {
  it('takes article numbers and short labels without brackets', () => {
    expect(regulationTopicsSchema.safeParse({ '1': '党员大会' }).success).toBe(true);
    expect(regulationTopicsSchema.safeParse({ 一: '党员大会' }).success).toBe(false);
    expect(regulationTopicsSchema.safeParse({ '1': '【党员大会】' }).success).toBe(false);
    expect(regulationTopicsSchema.safeParse({ '1': '' }).success).toBe(false);
  });
});

describe('withTopic', () => {
  it('adds the label in 【】 when there is one', () => {
    expect(withTopic('第十一条', '党员大会')).toBe('第十一条【党员大会】');
    expect(withTopic('第十一条', undefined)).toBe('第十一条');
  });
});
