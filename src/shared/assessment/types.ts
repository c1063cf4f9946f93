/**
 * Types of the "两个覆盖" self-assessment.
 *
 * Everything here is plain data so the result can be JSON-serialised, stored and
 * rendered by any UI. Optional answer fields are the ones a `showIf` condition may
 * hide; with exactOptionalPropertyTypes they are either absent or a real value.
 */
import type { IslandMessages } from './island-messages';

/** How the association's party members are organised today. */
export type OrganisationForm =
  | 'branch' // its own 党支部
  | 'higher' // its own 党总支 or 党委
  | 'joint' // its members belong to a 联合党支部 covering several units
  | 'none';

export type Outreach = 'organiser' | 'liaison' | 'both' | 'none';
/** Which committee an own higher organisation has: 党总支 (总支部委员会) or 党委 (基层委员会). */
export type HigherForm = 'general-branch' | 'committee';
/**
 * How far something reached those it is owed to (谈心谈话 pairs, 入党申请人, 预备党员
 * due for 转正); 'not-due' where nobody was due.
 */
export type Reach = 'all' | 'some' | 'none';
export type KeyAssociation = 'yes' | 'no' | 'unknown';
/** Term of office approved by the superior organisation, in years (a choice value). */
export type TermYears = '3' | '4' | '5' | 'unknown';
/** Whether the superior approved a delay of the election once the term ended. */
export type TermExtended = 'not-due' | 'approved' | 'not-approved' | 'unknown';

export interface Answers {
  // 基本情况
  /** 正式党员 working in the association, wherever their organisational relation is. */
  formalMembers: number;
  probationaryMembers: number;
  /** Of those, members (formal or probationary) whose organisational relation is not in the association's organisation. */
  membersRelationElsewhere?: number;
  /** Of those, the 正式党员; asked only when both kinds are there (otherwise it follows). */
  formalElsewhere?: number;
  /** Asked only when some members' relation sits elsewhere. */
  outOfTownChamber?: boolean;
  keyAssociation: KeyAssociation;
  // 党组织设置
  organisationForm: OrganisationForm;
  higherForm?: HigherForm;
  /** YYYY-MM the own organisation was founded; optional, given when it is less than a year old. */
  foundedMonth?: string;
  /** Units the 联合党支部 covers (本会 included). */
  jointUnits?: number;
  hasCommittee?: boolean;
  hasSecretary?: boolean;
  /** 书记、副书记 reported to the superior for approval (委员 for 备案). */
  secretaryApproved?: boolean;
  /** The branch secretary has been a member for a year or more (支部工作条例第二十三条). */
  secretaryPartyYears?: boolean;
  /** The branch secretary had 任职培训 when taking office (第二十五条第二款). */
  secretaryInducted?: boolean;
  hasDisciplineMember?: boolean;
  hasPartyGroups?: boolean;
  /** Without 党小组: are the members many, or their workplaces and homes scattered (支部工作条例第十三条)? */
  groupsNeeded?: boolean;
  secretaryFromManagement?: boolean;
  outreach?: Outreach;
  /** Among the members whose relation is elsewhere: some whose work moved to the association ought to transfer and have not. */
  relationsPending?: boolean;
  /** 异地商会 without its own organisation: has the 流出地 set up a 流动党员党支部 relying on it? */
  flowingBranch?: boolean;
  // 换届
  termYears?: TermYears;
  /** YYYY-MM of the last election (or the founding election). */
  lastElection?: string;
  termExtended?: TermExtended;
  // 组织生活 (counts over the last 12 months)
  generalMeetings?: number;
  committeeMeetings?: number;
  partyGroupMeetings?: number;
  partyLectures?: number;
  /** 党委书记 gave a 党课 in the last 12 months. */
  secretaryLecture?: boolean;
  themedPartyDays?: number;
  lifeMeetings?: number;
  democraticReview?: boolean;
  /** 谈心谈话, each pair at least once a year: among 委员, between 委员 and 党员, among 党员. */
  talksCommittee?: Reach;
  talksCommitteeMembers?: Reach;
  heartToHeartMembers?: Reach;
  elsewhereMembersParticipate?: boolean;
  jointParticipation?: boolean;
  /** No organisation: do the members take part in the organisational life where their relation is? */
  membersAttendLife?: boolean;
  /** Every member had 32 学时 of 集中学习培训 in the last 12 months. */
  studyHours?: boolean;
  // 作用发挥
  charterIncludesPartyBuilding: Unsure;
  crossAppointment?: Unsure;
  disciplineSupervisorCross?: Unsure;
  secretaryAttendsManagement?: Unsure;
  secretaryReported?: Unsure;
  secretaryTrained?: Unsure;
  reportsToSuperior?: Unsure;
  hasPartyInstructor?: Unsure;
  memberFilesComplete?: Unsure;
  duesManaged?: Unsure;
  // 发展党员
  developmentWork?: Unsure;
  /** 入党申请书 received in the last 12 months. */
  applications?: number;
  applicantsTalked?: Reach;
  activists?: number;
  activistsMentored?: Unsure;
  /** 预备党员 whose probation ended: was 转正 discussed in time ('not-due': none ended)? */
  probationReview?: Reach | 'not-due';
}

export type AnswerKey = keyof Answers;
export type AnswerValue = number | boolean | string;
/**
 * A 是/否 answer that may also be 不清楚 ('unknown'): asked in the steps 作用发挥 and
 * 发展党员, whose facts a filler often does not hold; 不清楚 leads to 请向上级党组织核实.
 */
export type Unsure = boolean | 'unknown';
/** What the UI holds while the user is still answering. */
export type PartialAnswers = Partial<Answers>;

export type StepId = 'basics' | 'organisation' | 'term' | 'life' | 'role' | 'development';
export type QuestionKind = 'integer' | 'yesno' | 'choice' | 'month';

export interface ChoiceOption {
  /** The answer stored for the option; its label is in question-texts. */
  value: string;
}

/**
 * A question as the rules see it: what validation, visibility, storage and share links
 * need. What the form shows of it is a QuestionText (shared/assessment/question-texts).
 */
export interface Question {
  id: AnswerKey;
  kind: QuestionKind;
  /** integer: inclusive bounds. */
  min?: number;
  max?: number;
  /** month: inclusive bounds as YYYY-MM. */
  minMonth?: string;
  maxMonth?: string;
  options?: readonly ChoiceOption[];
  /** May be left empty. */
  optional?: true;
  /** Value the UI may preselect. */
  defaultValue?: AnswerValue;
  /** yesno: 不清楚 ('unknown') is an answer too (see Unsure). */
  unsure?: true;
  /** Pure predicate; when it returns false the question is skipped and its answer ignored. */
  showIf?: (answers: PartialAnswers) => boolean;
}

export interface Step {
  id: StepId;
  questions: readonly Question[];
}

/** What the form shows of a question. */
export interface QuestionText {
  /** Full question shown to the user. */
  label: string;
  hint?: string;
  /** Choice questions: each option's label, by its value (the order is the question's). */
  options?: Readonly<Record<string, string>>;
}

export interface StepText {
  title: string;
  description: string;
}

/** Every text of the questionnaire, keyed by step and question id (plain data: it travels as JSON). */
export interface QuestionnaireTexts {
  steps: Readonly<Record<StepId, StepText>>;
  questions: Readonly<Record<AnswerKey, QuestionText>>;
  /** Short names used inside validation messages, e.g. "正式党员人数" (shared/assessment/question-names). */
  names: Readonly<Record<AnswerKey, string>>;
  /** The island's fixed notices (shared/assessment/island-messages). */
  messages: IslandMessages;
}

export interface FieldError {
  field: string;
  message: string;
}

/** 供参考: done, but the texts on the site set no measure to check it against. */
export type FindingLevel = '须整改' | '建议' | '供参考' | '已达标';
export type Coverage = 'organisation' | 'work';

export interface Citation {
  /** Corpus slug (basename under shared/regulations), 'explainer' for the seed explainer, or a pending slug. */
  source: string;
  article?: number;
  /** Section of the seed explainer: 'si-1' | 'si-2' | 'si-3'. */
  section?: string;
  /** e.g. 《中国共产党支部工作条例（试行）》第四条 */
  label: string;
  /** Set when the source is not (yet) on the site. */
  missing?: true;
}

export interface Finding {
  /** Stable per rule; the level changes with the answers, the id does not. */
  id: string;
  level: FindingLevel;
  coverage: Coverage;
  text: string;
  /** Ids of the norms (shared/assessment/norms) the finding rests on; their clauses are quoted with it. */
  norms: string[];
  citations: Citation[];
  /**
   * Why a 供参考 finding is not judged: the texts set no measure (no-standard), it is
   * an option (option), its period has not come yet (not-due), or nothing applies yet
   * (not-applicable). Absent for the other levels.
   */
  reference?: ReferenceKind;
}

export type ReferenceKind = 'no-standard' | 'option' | 'not-due' | 'not-applicable';

export type OrganisationStatus =
  | 'covered' // the association has its own party organisation
  | 'required-missing' // ≥3 正式党员 but no organisation of its own
  | 'joint-missing' // members, but under 3 正式党员 (or only 预备党员), and not yet in a 联合党支部
  | 'joint-or-liaison' // <3 正式党员 and in a 联合党支部 (the name is kept for stored data)
  | 'not-required'; // no party members at all

export type TermState = 'ok' | 'due-soon' | 'overdue' | 'future-date';

export interface TermInfo {
  state: TermState;
  termYears: number;
  lastElection: string;
  /** YYYY-MM in which the current term ends. */
  dueMonth: string;
  monthsElapsed: number;
}

export interface CoverageCard {
  /** The worst level among the coverage's findings. */
  level: FindingLevel;
  /** Findings per level. */
  counts: Readonly<Record<FindingLevel, number>>;
  summary: string;
}

export interface AssessmentResult {
  organisation: { status: OrganisationStatus; summary: string };
  /** One card per coverage; each agrees with its findings. */
  cards: Readonly<Record<Coverage, CoverageCard>>;
  /** 0–100, see engine/work-score for the weighting. */
  workScore: number;
  workSummary: string;
  term: TermInfo | null;
  findings: Finding[];
  actions: string[];
}

export interface AssessmentContext {
  /** ISO date (YYYY-MM-DD, a longer ISO timestamp is cut to its date): the day the answers were given. */
  today: string;
  /** Corpus slugs present on the site; citations to others are marked missing. */
  availableSources: readonly string[];
  /** Titles of the sources, for the citations' labels (shared/assessment/citations, SourceTitles). */
  titles: Readonly<Record<string, string>>;
}
