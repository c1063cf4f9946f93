/**
 * 组织生活 without an organisation of the association's own: the routes the texts
 * give (a 联合党支部, the organisation where each member's relation is, an organiser
 * or liaison when there are no members). Written by hand because the route depends on
 * the organisation status; levels come from the table. With an own organisation,
 * organisational life is judged from the table (rules/evaluate.ts).
 *
 * A missing organisation is one 须整改, on the organisation card; the work side says
 * what applies meanwhile (党章第八条: every member takes part in the organisational
 * life of the organisation they belong to), so one breach is not counted twice.
 */
import type { Answers, OrganisationStatus } from '../types';
import { normCheck, outcome, type RuleOutcome, type WorkCheck } from './shared';

/** Stands for all organisational life when the association has no organisation of its own. */
export const ROUTE_WEIGHT = 40;

export interface RouteAssessment {
  outcomes: RuleOutcome[];
  checks: WorkCheck[];
}

const scored = (o: RuleOutcome, fulfilment: number): RouteAssessment => ({
  outcomes: [o],
  checks: [{ id: o.id, weight: ROUTE_WEIGHT, fulfilment }],
});

export function assessRoute(a: Answers, status: OrganisationStatus): RouteAssessment {
  if (status === 'covered') return { outcomes: [], checks: [] };
  if (a.organisationForm === 'joint' && typeof a.jointParticipation === 'boolean') {
    return scored(
      normCheck('life.joint-participation', 'work', a.jointParticipation, ['pc8-member-life'], {
        met: '本会党员按期参加联合党支部的组织生活。',
        unmet:
          '本会党员没有按期参加联合党支部的组织生活。党章规定，每个党员“都必须编入党的一个支部、小组或其他特定组织，参加党的组织生活”。',
        action: '组织本会党员按期参加联合党支部的组织生活',
      }),
      a.jointParticipation ? 1 : 0,
    );
  }
  if (typeof a.membersAttendLife === 'boolean') {
    const until = status === 'required-missing' ? '本会党组织成立前' : '本会纳入联合党支部前';
    return scored(
      normCheck('life.member-life', 'work', a.membersAttendLife, ['pc8-member-life'], {
        met: `${until}，本会党员都在组织关系所在的党组织按期参加组织生活，符合每个党员都必须编入党的一个支部并参加党的组织生活的规定。`,
        unmet: `${until}，本会还有党员没有在组织关系所在的党组织按期参加组织生活。党章规定，每个党员“都必须编入党的一个支部、小组或其他特定组织，参加党的组织生活”。`,
        action: '让每名党员在组织关系所在的党组织按期参加组织生活',
      }),
      a.membersAttendLife ? 1 : 0,
    );
  }
  if (status === 'not-required' && a.outreach !== undefined) {
    const has = a.outreach !== 'none';
    return scored(
      has
        ? outcome(
            'life.outreach',
            'work',
            '已达标',
            '本会目前没有党员。解读文章提出，没有正式党员的，采取上级组织选派党建组织员、在协会商会内部确定党建联络员等方式开展党的工作，本会已有相应安排。',
            ['si1-outreach'],
          )
        : outcome(
            'life.outreach',
            'work',
            '建议',
            '本会目前没有党员。解读文章提出，没有正式党员的，采取上级组织选派党建组织员、在协会商会内部确定党建联络员等方式开展党的工作；本会目前两者都没有。',
            ['si1-outreach'],
            '请上级党组织选派党建组织员，或在本会内部确定党建联络员',
          ),
      has ? 1 : 0,
    );
  }
  return { outcomes: [], checks: [] };
}
