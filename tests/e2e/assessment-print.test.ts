// The printed self-assessment report (issue #12): a field for the association's name,
// printed filled in or as a blank line to write on, and the whole report in a few A4
// pages: 4 for a typical result (3 before issue #18 added 20 checks, each with its
// finding and quote), 6 at most when much is to be done.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../src/shared/assessment';
import { answersWith, TYPICAL } from '../support/answers';
import { CLOCK, expectNoAxeViolations, siteUrl, freshPage, printedPages, useBrowser } from '../support/page';

/** Much to be done: no committee, no meetings, no mechanisms. */
const MUCH_TO_DO = answersWith({
  hasCommittee: false,
  hasDisciplineMember: false,
  groupsNeeded: true,
  hasPartyGroups: false,
  secretaryFromManagement: false,
  lastElection: '2015-01',
  generalMeetings: 0,
  committeeMeetings: 0,
  partyLectures: 0,
  themedPartyDays: 0,
  lifeMeetings: 0,
  democraticReview: false,
  heartToHeartMembers: 'none',
  charterIncludesPartyBuilding: false,
  crossAppointment: false,
  disciplineSupervisorCross: false,
  secretaryAttendsManagement: false,
  secretaryReported: false,
  secretaryTrained: false,
  memberFilesComplete: false,
  duesManaged: false,
});

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await freshPage(browser.context, page, CLOCK);
});

/** Runs `check` with the page in print media, back to screen afterwards whatever happens. */
async function whilePrinting(check: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  try {
    await check();
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

// TYPICAL (shared fixture): an overdue election, too few 主题党日, no 交叉任职, 党费 not managed.
async function openResult(answers: typeof TYPICAL): Promise<void> {
  await page.goto(`${siteUrl()}/assessment/#${encodeAnswers(answers)}`);
  await page.locator('.assessment[data-ready="true"]').waitFor();
  await page.locator('#assessment-org-name').waitFor();
}

describe('printed self-assessment report', () => {
  it('prints the association’s name typed into its field, at the head of the report', async () => {
    await openResult(TYPICAL);
    const field = page.getByLabel('协会商会名称（打印和发送时写上）');
    await field.fill('某市示例行业协会');
    await expectNoAxeViolations(page, 'result with the name field');
    await whilePrinting(async () => {
      expect(await field.isVisible()).toBe(true);
      expect(await field.inputValue()).toBe('某市示例行业协会');
      expect(await page.locator('.assessment-org label').innerText()).toBe('协会商会名称');
      // The name sits above the date and the cards.
      const top = async (selector: string) => (await page.locator(selector).boundingBox())?.y ?? Number.NaN;
      expect(await top('#assessment-org-name')).toBeLessThan(await top('.assessment-result__date'));
      expect(await top('.assessment-result__date')).toBeLessThan(await top('.gauges'));
    });
  });

  it('left empty, the field prints as a line to write the name on', async () => {
    await openResult(TYPICAL);
    await whilePrinting(async () => {
      const field = page.locator('#assessment-org-name');
      expect(await field.isVisible()).toBe(true);
      expect(await field.inputValue()).toBe('');
      const style = await field.evaluate((el) => {
        const s = getComputedStyle(el);
        return { bottom: s.borderBottomStyle, top: s.borderTopStyle, width: el.getBoundingClientRect().width };
      });
      expect(style).toMatchObject({ bottom: 'solid', top: 'none' });
      expect(style.width).toBeGreaterThan(150);
    });
  });

  it('a typical result fits on 4 A4 pages, with every finding and the texts of the clauses to act on', async () => {
    await openResult(TYPICAL);
    await whilePrinting(async () => {
      const findings = page.locator('[data-finding]');
      expect(await findings.count()).toBeGreaterThan(10);
      expect(await page.locator('[data-finding]:visible').count()).toBe(await findings.count());
      expect(await page.locator('[data-source="member-education-regulations#16"]').isVisible()).toBe(true);
      expect(await printedPages(page)).toBeLessThanOrEqual(4);
    });
  });

  it('a result with much to do still fits on 6 A4 pages', async () => {
    await openResult(MUCH_TO_DO);
    expect(await page.locator('.findings--fix [data-finding]').count()).toBeGreaterThan(5);
    await whilePrinting(async () => {
      expect(await printedPages(page)).toBeLessThanOrEqual(6);
    });
  });
});
