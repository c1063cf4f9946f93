/**
 * Regulation texts invented for the tests that build or serve the site with another
 * corpus (never a copy of a real text; unit tests have their own, smaller ones).
 */

/** A short regulation in two chapters: 条, a paragraph and 项. `first` is its 第一条. */
export function sampleRules(first = '为了规范示例协会的议事活动，制定本规则。'): string {
  return `---
title: 《示例协会议事规则》
issuer: 测试用
adopted: 2024-02-03 (date of publication, as an example)
source: github:example/sample-texts rules/sample.md@0123456789abcdef0123456789abcdef01234567 (synthetic)
second_source: none; written for the build tests
completeness: full (第一条至第五条)
---
示例协会议事规则
第一章　总　则
第一条　${first}
第二条　本规则适用于示例协会的理事会和会员大会。
第二章　会　议
第三条　理事会每季度召开一次会议。
会议应当有三分之二以上理事出席方可举行。
第四条　会员大会每年召开一次，审议下列事项：
（一）工作报告；
（二）财务报告。
第五条　本规则自2024年3月1日起施行。
`;
}

/** A 意见-style document: no 条, sections headed 一、二、. */
export const SAMPLE_OPINION = `---
title: 《关于做好示例工作的意见》
source: synthetic text written for the build tests
---
关于做好示例工作的意见
为做好示例工作，提出如下意见。
一、总体要求
坚持示例原则。
二、工作措施
建立示例台账，每季度更新一次。
`;
