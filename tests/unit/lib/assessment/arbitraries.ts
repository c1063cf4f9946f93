/** fast-check generators of raw answers, shared by the assessment tests (not a test file itself). */
import fc from 'fast-check';

const smallOrLarge = (max: number) => fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max }));
const month = fc
  .record({ year: fc.integer({ min: 1990, max: 2035 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);

/** Raw answers to every question; parseAnswers then drops the hidden ones. */
export const rawAnswers = fc
  .record({
    formalMembers: smallOrLarge(100000),
    probationaryMembers: smallOrLarge(100000),
    membersRelationElsewhere: smallOrLarge(100000),
    outOfTownChamber: fc.boolean(),
    keyAssociation: fc.constantFrom('yes', 'no', 'unknown'),
    organisationForm: fc.constantFrom('branch', 'higher', 'joint', 'none'),
    higherForm: fc.constantFrom('general-branch', 'committee'),
    groupsNeeded: fc.boolean(),
    relationsPending: fc.boolean(),
    hasCommittee: fc.boolean(),
    hasSecretary: fc.boolean(),
    hasDisciplineMember: fc.boolean(),
    hasPartyGroups: fc.boolean(),
    secretaryFromManagement: fc.boolean(),
    outreach: fc.constantFrom('organiser', 'liaison', 'both', 'none'),
    termYears: fc.constantFrom('3', '4', '5'),
    lastElection: month,
    generalMeetings: smallOrLarge(366),
    committeeMeetings: smallOrLarge(366),
    partyGroupMeetings: smallOrLarge(366),
    partyLectures: smallOrLarge(366),
    themedPartyDays: smallOrLarge(366),
    lifeMeetings: smallOrLarge(366),
    democraticReview: fc.boolean(),
    heartToHeart: fc.constantFrom('all', 'some', 'none'),
    heartToHeartMembers: fc.constantFrom('all', 'some', 'none'),
    elsewhereMembersParticipate: fc.boolean(),
    jointParticipation: fc.boolean(),
    charterIncludesPartyBuilding: fc.boolean(),
    crossAppointment: fc.boolean(),
    disciplineSupervisorCross: fc.boolean(),
    secretaryAttendsManagement: fc.boolean(),
    secretaryReported: fc.boolean(),
    secretaryTrained: fc.boolean(),
    hasPartyInstructor: fc.boolean(),
    memberFilesComplete: fc.boolean(),
    duesManaged: fc.boolean(),
  })
  // Repair the combinations parseAnswers rejects, so (almost) every sample is valid.
  .map((r) => {
    const total = r.formalMembers + r.probationaryMembers;
    let form = r.organisationForm;
    if (total === 0 && (form === 'branch' || form === 'higher')) form = 'joint';
    if (r.formalMembers < 3 && form === 'higher') form = 'branch';
    return {
      ...r,
      organisationForm: form,
      membersRelationElsewhere: Math.min(r.membersRelationElsewhere, total),
      hasCommittee: r.formalMembers < 3 ? false : r.hasCommittee,
    };
  });

/** Raw answers with small ranges around every threshold, so each rule, level and citation shows up. */
export const thresholdAnswers = rawAnswers.chain((base) =>
  fc
    .record({
      formalMembers: fc.integer({ min: 0, max: 60 }),
      probationaryMembers: fc.integer({ min: 0, max: 5 }),
      lastElection: fc.constantFrom('2019-01', '2022-06', '2022-10', '2024-01', '2026-01'),
      generalMeetings: fc.integer({ min: 0, max: 13 }),
      committeeMeetings: fc.integer({ min: 0, max: 13 }),
      partyGroupMeetings: fc.integer({ min: 0, max: 13 }),
      themedPartyDays: fc.integer({ min: 0, max: 13 }),
      partyLectures: fc.integer({ min: 0, max: 2 }),
      lifeMeetings: fc.integer({ min: 0, max: 2 }),
    })
    .map((small) => ({ ...base, ...small, membersRelationElsewhere: Math.min(base.membersRelationElsewhere, 3) })),
);
