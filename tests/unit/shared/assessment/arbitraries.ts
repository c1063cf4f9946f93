/** fast-check generators of raw answers, shared by the assessment tests (not a test file itself). */
import fc from 'fast-check';

const smallOrLarge = (max: number) => fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max }));
const month = fc
  .record({ year: fc.integer({ min: 1990, max: 2035 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);

/** 是/否/不清楚 (作用发挥, 发展党员): 不清楚 less often, as real answers. */
const unsure = fc.oneof({ arbitrary: fc.boolean(), weight: 3 }, { arbitrary: fc.constant('unknown' as const), weight: 1 });

/** Raw answers to every question; parseAnswers then drops the hidden ones. */
export const rawAnswers = fc
  .record({
    formalMembers: smallOrLarge(100000),
    probationaryMembers: smallOrLarge(100000),
    membersRelationElsewhere: smallOrLarge(100000),
    formalElsewhere: smallOrLarge(100000),
    outOfTownChamber: fc.boolean(),
    keyAssociation: fc.constantFrom('yes', 'no', 'unknown'),
    organisationForm: fc.constantFrom('branch', 'higher', 'joint', 'none'),
    higherForm: fc.constantFrom('general-branch', 'committee'),
    groupsNeeded: fc.boolean(),
    relationsPending: fc.boolean(),
    foundedMonth: fc.option(month, { nil: undefined }),
    jointUnits: fc.integer({ min: 2, max: 8 }),
    flowingBranch: fc.boolean(),
    secretaryApproved: fc.boolean(),
    secretaryPartyYears: fc.boolean(),
    secretaryInducted: fc.boolean(),
    termExtended: fc.constantFrom('not-due', 'approved', 'not-approved', 'unknown'),
    secretaryLecture: fc.boolean(),
    membersAttendLife: fc.boolean(),
    studyHours: fc.boolean(),
    reportsToSuperior: unsure,
    developmentWork: unsure,
    applications: fc.integer({ min: 0, max: 3 }),
    applicantsTalked: fc.constantFrom('all', 'some', 'none'),
    activists: fc.integer({ min: 0, max: 3 }),
    activistsMentored: unsure,
    probationReview: fc.constantFrom('all', 'some', 'none', 'not-due'),
    hasCommittee: fc.boolean(),
    hasSecretary: fc.boolean(),
    hasDisciplineMember: fc.boolean(),
    hasPartyGroups: fc.boolean(),
    secretaryFromManagement: fc.boolean(),
    outreach: fc.constantFrom('organiser', 'liaison', 'both', 'none'),
    termYears: fc.constantFrom('3', '4', '5', 'unknown'),
    lastElection: month,
    generalMeetings: smallOrLarge(366),
    committeeMeetings: smallOrLarge(366),
    partyGroupMeetings: smallOrLarge(366),
    partyLectures: smallOrLarge(366),
    themedPartyDays: smallOrLarge(366),
    lifeMeetings: smallOrLarge(366),
    democraticReview: fc.boolean(),
    talksCommittee: fc.constantFrom('all', 'some', 'none'),
    talksCommitteeMembers: fc.constantFrom('all', 'some', 'none'),
    heartToHeartMembers: fc.constantFrom('all', 'some', 'none'),
    elsewhereMembersParticipate: fc.boolean(),
    jointParticipation: fc.boolean(),
    charterIncludesPartyBuilding: unsure,
    crossAppointment: unsure,
    disciplineSupervisorCross: unsure,
    secretaryAttendsManagement: unsure,
    secretaryReported: unsure,
    secretaryTrained: unsure,
    hasPartyInstructor: unsure,
    memberFilesComplete: unsure,
    duesManaged: unsure,
  })
  // Repair the combinations parseAnswers rejects, so (almost) every sample is valid.
  .map((r) => {
    const total = r.formalMembers + r.probationaryMembers;
    let form = r.organisationForm;
    if (total === 0 && (form === 'branch' || form === 'higher')) form = 'joint';
    if (r.formalMembers < 3 && form === 'higher') form = 'branch';
    const elsewhere = Math.min(r.membersRelationElsewhere, total);
    // Formal members among those elsewhere: enough that the probationary ones fit, no more than either count.
    const formalElsewhere = Math.max(elsewhere - r.probationaryMembers, Math.min(r.formalElsewhere, elsewhere, r.formalMembers));
    // The founding precedes the last election.
    const foundedMonth = r.foundedMonth !== undefined && r.foundedMonth > r.lastElection ? r.lastElection : r.foundedMonth;
    return {
      ...r,
      organisationForm: form,
      membersRelationElsewhere: elsewhere,
      formalElsewhere,
      ...(foundedMonth === undefined ? {} : { foundedMonth }),
      hasCommittee: r.formalMembers < 3 ? false : r.hasCommittee,
    };
  });

/** Raw answers with small ranges around every threshold, so each rule, level and citation shows up. */
export const thresholdAnswers = rawAnswers.chain((base) =>
  fc
    .record({
      // 0 and 0 often enough for the routes of an association without members.
      formalMembers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
      probationaryMembers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 })),
      lastElection: fc.constantFrom('2019-01', '2020-06', '2021-09', '2022-06', '2022-10', '2024-01', '2026-01'),
      foundedMonth: fc.constantFrom(undefined, '2018-01', '2024-12', '2025-02', '2025-05'),
      generalMeetings: fc.integer({ min: 0, max: 13 }),
      committeeMeetings: fc.integer({ min: 0, max: 13 }),
      partyGroupMeetings: fc.integer({ min: 0, max: 13 }),
      themedPartyDays: fc.integer({ min: 0, max: 13 }),
      partyLectures: fc.integer({ min: 0, max: 2 }),
      lifeMeetings: fc.integer({ min: 0, max: 2 }),
    })
    .map((small) => {
      const total = small.formalMembers + small.probationaryMembers;
      const elsewhere = Math.min(base.membersRelationElsewhere, 3, total);
      const formalElsewhere = Math.max(
        elsewhere - small.probationaryMembers,
        Math.min(base.formalElsewhere, elsewhere, small.formalMembers),
      );
      const { foundedMonth, ...rest } = small;
      return {
        ...base,
        ...rest,
        foundedMonth: foundedMonth !== undefined && foundedMonth <= small.lastElection ? foundedMonth : undefined,
        membersRelationElsewhere: elsewhere,
        formalElsewhere,
      };
    }),
);
