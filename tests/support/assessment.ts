/** A complete set of answers to the self-assessment, shared by the browser tests. */
import type { Page } from 'playwright-core';

/** One answer per visible question, in page order: text to type, or the index of the option to pick. */
export type Step = [field: string, answer: string | number][];
export const STEPS: Step[] = [
  [
    ['formalMembers', '10'],
    ['probationaryMembers', '1'],
    ['membersRelationElsewhere', '0'],
    ['keyAssociation', 1],
  ],
  [
    ['organisationForm', 0],
    ['hasCommittee', 0],
    ['hasSecretary', 0],
    ['secretaryApproved', 0],
    ['secretaryPartyYears', 0],
    ['secretaryInducted', 0],
    ['hasDisciplineMember', 0],
    ['hasPartyGroups', 1],
    ['groupsNeeded', 1],
    ['secretaryFromManagement', 0],
  ],
  [
    ['termYears', 0],
    ['lastElection', '2021-03'],
    ['termExtended', 2],
  ],
  [
    ['generalMeetings', '4'],
    ['committeeMeetings', '12'],
    ['partyLectures', '4'],
    ['themedPartyDays', '6'],
    ['lifeMeetings', '1'],
    ['democraticReview', 0],
    ['talksCommittee', 0],
    ['talksCommitteeMembers', 0],
    ['heartToHeartMembers', 0],
    ['studyHours', 0],
  ],
  [
    ['charterIncludesPartyBuilding', 0],
    ['crossAppointment', 1],
    ['disciplineSupervisorCross', 0],
    ['secretaryAttendsManagement', 0],
    ['secretaryReported', 0],
    ['secretaryTrained', 0],
    ['reportsToSuperior', 0],
    ['memberFilesComplete', 0],
    ['duesManaged', 1],
  ],
  [
    ['developmentWork', 0],
    ['applications', '0'],
    ['activists', '0'],
    ['probationReview', 3],
  ],
];
/** The option values of the choice questions above, by index (the questionnaire's order). */
export const CHOICES: Readonly<Record<string, readonly string[]>> = {
  keyAssociation: ['yes', 'no', 'unknown'],
  organisationForm: ['branch', 'higher', 'joint', 'none'],
  termYears: ['3', '4', '5', 'unknown'],
  termExtended: ['not-due', 'approved', 'not-approved', 'unknown'],
  talksCommittee: ['all', 'some', 'none'],
  talksCommitteeMembers: ['all', 'some', 'none'],
  heartToHeartMembers: ['all', 'some', 'none'],
  probationReview: ['all', 'some', 'none', 'not-due'],
};
export const TITLES = ['基本情况', '党组织设置', '换届', '组织生活', '作用发挥', '发展党员'];

/** Answers every step with clicks and typing and opens the result (the keyboard path: assessment.test.ts). */
/** Answers every step as STEPS says, on a page where the island is ready, up to 检查答案. */
export async function answerAllSteps(page: Page): Promise<void> {
  const heading = page.locator('#assessment-heading');
  for (const [i, step] of STEPS.entries()) {
    await heading.filter({ hasText: `第 ${i + 1} 步` }).waitFor();
    for (const [field, answer] of step) {
      if (typeof answer === 'string') await page.locator(`[name="${field}"]`).fill(answer);
      else await page.locator(`input[name="${field}"]`).nth(answer).check();
    }
    await page.locator('.assessment-step button[type="submit"]').click();
  }
  await heading.filter({ hasText: '检查答案' }).waitFor();
}

export async function completeAssessment(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.assessment[data-ready="true"]').waitFor();
  await answerAllSteps(page);
  const heading = page.locator('#assessment-heading');
  await page.locator('.assessment-review .button--primary').click();
  await heading.filter({ hasText: '自评结果' }).waitFor();
}
