/**
 * The norms the self-assessment checks: one table, one JSON data file per group (the
 * groups are the questionnaire's steps), read by the evaluator and the rules, the
 * results view, the work score and the 要求速查 page, so a norm is written once. Its
 * shape is Norm (./types) without the group; the schema node/data/norm-tables.ts checks
 * each file (with what a type cannot say: answers the questionnaire asks, ids that exist).
 *
 * The groups: organisation (组织设置: whether the organisation the texts call for
 * exists, and how it is set up); term (换届, judged by rules/term.ts over the term
 * ranges); life (组织生活, most judged by the table evaluator); role (作用发挥: the
 * organisation's place in the association's governance and its basic work); development
 * (发展党员: what 党章 and the 发展党员工作细则 make checkable for the association's own
 * organisation). Where two texts state a clause word for word (民主评议党员 in both 条例),
 * each source is a norm of its own so that each article is cited and linked.
 *
 * Each norm quotes its clause verbatim (tests/build/norm-quotes.test.ts proves every
 * quote occurs in the cited article of the corpus, or in the explainer section) and
 * names the word that makes it binding or not. The strength follows that word:
 * 应当/必须/设/每年至少/每届任期 bind; 一般 means "normally"; 可以/注重 permit; a
 * 基本任务 clause without a modal word is a task (the basis of a field of work); what
 * only the explainer says is a recommendation, whatever its wording, because a
 * reprinted article has no normative force.
 *
 * Some binding norms are addressed to the superior organisation (上级党组织, 基层党委):
 * an association cannot be "须整改" for them, only advised to raise them.
 */
import type { FindingLevel } from '../types';
import development from './development.json';
import life from './life.json';
import organisation from './organisation.json';
import role from './role.json';
import term from './term.json';
import type { Norm, NormGroup, NormRecord, Strength } from './types';

export type * from './types';
export { BRANCH_KINDS, COMMITTEE_KINDS, OWN_KINDS } from './types';
export type { OrgForm } from './forms';
export { FORM_LABELS } from './forms';

export const GROUP_TITLES: Readonly<Record<NormGroup, string>> = {
  organisation: '组织设置',
  term: '换届',
  life: '组织生活',
  role: '作用发挥',
  development: '发展党员',
};

export const STRENGTH_LABELS: Readonly<Record<Strength, string>> = {
  binding: '刚性要求',
  normally: '一般要求',
  permissive: '可选做法',
  task: '职责规定',
  recommended: '解读文章的建议',
};

/** The plain-language reading of each strength, shown beside every quoted clause. */
export const STRENGTH_NOTES: Readonly<Record<Strength, string>> = {
  binding: '条文使用“应当”“必须”“设”等措辞，属于必须做到的要求，未做到的列为“须整改”。',
  normally: '条文使用“一般”，表示原则上应当这样做，允许根据实际情况有所不同；部分达到的列为“建议”。',
  permissive: '条文使用“可以”“注重”等措辞，属于可以采用的做法，未采用的至多列为“建议”。',
  task: '条文规定党组织的基本任务或职责，没有“应当”等措辞，不单独定出可核对的标准；本站据此说明这方面工作的依据，未做到的列为“建议”。',
  recommended: '这是解读文章（转载自学习强国）提出的做法，不是法规条文，未做到的列为“建议”。',
};

/** Binding clauses addressed to the superior: shown on their own line of the legend. */
export const SUPERIOR_NOTE =
  '条文要求由上级党组织（基层党委、流出地党组织、主管部门）落实的，协会商会自身不因此“须整改”，列为“建议”：可据此向上级党组织提出。';

/** What each level of a finding means, for the results' legend (one source for every view). */
export const LEVEL_NOTES: Readonly<Record<FindingLevel, readonly string[]>> = {
  须整改: [STRENGTH_NOTES.binding],
  建议: [STRENGTH_NOTES.normally, STRENGTH_NOTES.permissive, STRENGTH_NOTES.task, STRENGTH_NOTES.recommended, SUPERIOR_NOTE],
  供参考: [
    '已经开展，但本站收录的法规没有规定可供核对的频次或标准，请按上级党组织的安排核对；或者还没到核对的时候（如新成立的党组织），或者暂不适用（如本会还没有党员）。',
  ],
  已达标: ['按填写的答案，已做到条文的要求。'],
};

/**
 * The data files, in table order; a record's group is its file. JSON types its strings
 * as string, so the records are taken as NormRecord on the word of the schema
 * (node/data/norm-tables.ts), which the build applies to every file before it starts
 * (integrations/data-tables.ts) and which tests/unit/node/norm-tables.test.ts
 * applies to these imports.
 */
const FILES: readonly (readonly [NormGroup, unknown])[] = [
  ['organisation', organisation],
  ['term', term],
  ['life', life],
  ['role', role],
  ['development', development],
];

// Object.assign keeps the records' key order (group second, as the records were written).
export const NORMS: readonly Norm[] = FILES.flatMap(([group, rows]) =>
  (rows as readonly NormRecord[]).map((r): Norm => Object.assign({ id: r.id, group }, r)),
);

/** A norm's id (a string: the data files are JSON; norm() throws on an unknown one, and the rules' ids are checked by a test). */
export type NormId = string;

const BY_ID: ReadonlyMap<string, Norm> = new Map(NORMS.map((n) => [n.id, n]));

export function findNorm(id: string): Norm | undefined {
  return BY_ID.get(id);
}

export function norm(id: NormId): Norm {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`unknown norm ${id}`);
  return found;
}

/** The table's norms that the evaluator judges, in table order. */
export const CHECKED_NORMS: readonly (Norm & { check: NonNullable<Norm['check']> })[] = NORMS.filter(
  (n): n is Norm & { check: NonNullable<Norm['check']> } => n.check !== undefined,
);

/**
 * The level a finding gets when its governing norm is not met: only a binding norm
 * addressed to the association itself makes it 须整改.
 */
export function unmetLevel(n: Norm): Exclude<FindingLevel, '已达标' | '供参考'> {
  return n.strength === 'binding' && n.addressee !== 'superior' ? '须整改' : '建议';
}

/** The worse of the unmet levels of several norms (須整改 wins). */
export function worstUnmetLevel(norms: readonly Norm[]): Exclude<FindingLevel, '已达标' | '供参考'> {
  return norms.some((n) => unmetLevel(n) === '须整改') ? '须整改' : '建议';
}
