/**
 * Documents the site does not hold yet, and what they govern: a question on their topic is
 * told which document governs it and that it is not on the site (issue #19), above whatever
 * our texts say about it. Data, one entry per document; the comment above each says why its
 * words point to it (a comment, not a field: this table ships to the browser).
 */
export interface AbsentDocument {
  /** Words of a query that are this document's topic. */
  words: readonly string[];
  /** What it governs, as said to the reader. */
  governs: string;
  title: string;
}

export const ABSENT_DOCUMENTS: readonly AbsentDocument[] = [
  // Our texts only say that members pay dues and that 党组织 manage them (党章第一条, 党员教育管理工作条例第十六条); the amounts and the procedure are in this rule of the 中央组织部.
  {
    words: ['党费'],
    governs: '党费的交纳标准、收缴、使用和管理',
    title: '《关于中国共产党党费收缴、使用和管理的规定》',
  },
  // Our texts say who elects whom (支部工作条例第二十一条, 党章第十一条、第三十条); how a 基层组织 election is run is in this regulation.
  {
    words: ['选举工作条例', '选举工作', '选举办法', '选举程序', '差额选举', '候选人'],
    governs: '党的基层组织的选举（候选人、投票和程序）',
    title: '《中国共产党基层组织选举工作条例》',
  },
  // Named by our texts themselves (党员教育管理工作条例第三十一条, 发展党员工作细则第四十一条) as the rule for 党纪处分; 党章第七章 states only the kinds of sanction.
  {
    words: ['纪律处分条例', '处分条例', '违纪', '党纪处分'],
    governs: '违犯党纪的行为和对党员的纪律处分',
    title: '《中国共产党纪律处分条例》',
  },
];

/** The notice for a query on the topic of a document the site does not hold, or undefined. */
export function absentDocumentNotice(query: string): string | undefined {
  const doc = ABSENT_DOCUMENTS.find((d) => d.words.some((w) => query.includes(w)));
  return doc && `${doc.governs}由${doc.title}具体规定，本站尚未收录该文件；以下是本站所收文件中的有关条文。`;
}
