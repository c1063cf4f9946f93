/** 作用发挥 beyond the table: a prompt when the association does not know whether it is one the explainer names. */
import type { Answers } from '../types';
import { hasOwnOrganisation, outcome, type RuleOutcome } from './shared';

export function assessRole(a: Answers): RuleOutcome[] {
  if (a.keyAssociation !== 'unknown' || !hasOwnOrganisation(a)) return [];
  return [
    outcome(
      'role.party-instructor',
      'work',
      '建议',
      '解读文章提出，行业影响较大或党建工作薄弱的协会商会，由主管部门择优选派党建指导员。可向主管部门了解本会是否属于这类协会商会。',
      ['si2-instructor'],
      '向主管部门了解本会是否需要选派党建指导员',
    ),
  ];
}
