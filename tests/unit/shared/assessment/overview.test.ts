import { describe, expect, it } from 'vitest';
import { createExportFile } from '../../../../src/shared/assessment/export-file';
import {
  csvCell,
  filterRows,
  importItems,
  parseLinkLines,
  sortRows,
  toCsv,
  type ImportItem,
} from '../../../../src/shared/assessment/overview';
import { encodeAnswers } from '../../../../src/shared/assessment/share';
import { answersWith, FULL_CONTEXT, TODAY } from '../../../support/answers';

const file = (name: string, answers = answersWith(), date = '2025-05-01'): ImportItem => {
  const text = createExportFile({ name, date, answers });
  return { kind: 'file', source: `${name}.json`, text, bytes: text.length };
};

describe('overview import', () => {
  it('re-assesses each file and fills one row per association', () => {
    const good = file('甲协会');
    const weak = file('乙商会', answersWith({ generalMeetings: 0, lastElection: '2020-01' }), '2025-01-10');
    const { rows, problems } = importItems([], [good, weak], FULL_CONTEXT);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.name, r.date, r.source])).toEqual([
      ['甲协会', '2025-05-01', '甲协会.json'],
      ['乙商会', '2025-01-10', '乙商会.json'],
    ]);
    const [a, b] = rows;
    expect(a?.organisation).toBe('已达标');
    expect(a?.mustFix).toBe(0);
    expect(b?.mustFix).toBeGreaterThan(0);
    expect(b?.termState).toBe('overdue');
    expect(b?.dueMonth).toBe('2023-01');
    // Assessed as of the day the answers were given (issue #19), not re-dated to the import.
    expect(b?.result.term?.monthsElapsed).toBe(60);
  });

  it('reports bad files one by one and still loads the others', () => {
    const bad: ImportItem = { kind: 'file', source: 'x.json', text: 'not json', bytes: 8 };
    const { rows, problems } = importItems([], [bad, file('ABC协会'), file('abc协会')], FULL_CONTEXT);
    expect(rows.map((r) => r.name)).toEqual(['ABC协会']);
    expect(problems).toEqual([
      { source: 'x.json', message: expect.stringContaining('不是 JSON') },
      { source: 'abc协会.json', message: expect.stringContaining('已经导入过') },
    ]);
    // Against rows already in the table too.
    const again = importItems(rows, [file('ABC协会')], FULL_CONTEXT);
    expect(again.rows).toHaveLength(1);
    expect(again.problems[0]?.message).toContain('已经导入过');
  });

  it('a dated share link keeps its date: the row shows it and is assessed as of that day', () => {
    const hash = encodeAnswers(answersWith({ lastElection: '2020-01' }), '2024-12-31');
    const { rows, problems } = importItems([], parseLinkLines(`戊协会 #${hash}`).items, FULL_CONTEXT);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.date)).toEqual(['2024-12-31']);
    expect(rows[0]?.result.term?.monthsElapsed).toBe(59);
  });

  it('reads pasted share links with or without a name', () => {
    const hash = encodeAnswers(answersWith());
    const text = `丙协会 https://example.org/assessment/#${hash}\n\n${hash}\nhello\n丁协会：#a3.1-2.zzz`;
    const { items, problems } = parseLinkLines(text);
    expect(problems).toEqual([{ source: '第4行链接', message: expect.stringContaining('没有自评分享链接') }]);
    expect(items).toEqual([
      { kind: 'link', source: '第1行链接', name: '丙协会', hash },
      { kind: 'link', source: '第3行链接', name: null, hash },
      { kind: 'link', source: '第5行链接', name: '丁协会', hash: 'a3.1-2.zzz' },
    ]);
    const imported = importItems([], items, FULL_CONTEXT);
    expect(imported.rows.map((r) => [r.name, r.date])).toEqual([
      ['丙协会', null],
      ['未命名（1）', null],
    ]);
    expect(imported.problems).toEqual([{ source: '第5行链接', message: expect.stringContaining('校验失败') }]);
  });
});

describe('overview table', () => {
  const { rows } = importItems(
    [],
    [
      file('B会', answersWith({ generalMeetings: 0 }), '2025-03-01'),
      file('A会', answersWith(), '2025-04-01'),
      file(
        'C会',
        answersWith({
          formalMembers: 2,
          probationaryMembers: 0,
          membersRelationElsewhere: 0,
          organisationForm: 'joint',
          jointParticipation: true,
        }),
        '2025-02-01',
      ),
    ],
    { ...FULL_CONTEXT, today: TODAY },
  );

  it('sorts by any column, both ways, and filters by level', () => {
    expect(rows).toHaveLength(3);
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['A会', 'B会', 'C会']);
    expect(sortRows(rows, 'date', 'desc').map((r) => r.name)).toEqual(['A会', 'B会', 'C会']);
    expect(sortRows(rows, 'workScore', 'asc')[0]?.name).toBe('B会');
    expect(sortRows(rows, 'dueMonth', 'asc').at(-1)?.dueMonth).toBeNull();
    const worst = sortRows(rows, 'work', 'asc')[0];
    expect(worst?.work).toBe('须整改');
    expect(filterRows(rows, { organisation: 'all', work: '须整改' }).every((r) => r.work === '须整改')).toBe(true);
    expect(filterRows(rows, { organisation: 'all', work: 'all' })).toHaveLength(3);
  });

  it('exports CSV with a BOM, CRLF, quoting and defused formulas', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF协会商会名称,填写日期,组织覆盖')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('甲\n乙')).toBe('"甲\n乙"');
  });
});
