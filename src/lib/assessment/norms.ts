/**
 * The norms the self-assessment checks: one typed table, read by the rules, the
 * results view, the work score and the 要求速查 page, so a norm is written once.
 *
 * Each norm quotes its clause verbatim (tests/build/norm-quotes.test.ts proves every
 * quote occurs in the cited article of the corpus, or in the explainer section) and
 * names the word that makes it binding or not. The strength follows that word:
 * 应当/必须/设/每年至少/每届任期 bind; 一般 means "normally"; 可以/注重 permit; what
 * only the explainer says is a recommendation, whatever its wording, because a
 * reprinted article has no normative force.
 *
 * Some binding norms are addressed to the superior organisation (上级党组织, 基层党委):
 * an association cannot be "须整改" for them, only advised to raise them.
 */
import type { AnswerKey, Coverage, FindingLevel } from './types';

export type Strength = 'binding' | 'normally' | 'permissive' | 'recommended';
export type NormGroup = 'setup' | 'term' | 'life' | 'role';
export type ExplainerSection = 'si-1' | 'si-2' | 'si-3';

export type NormSource =
  | { kind: 'regulation'; slug: string; article: number; /** e.g. 第二款, 第（三）项 */ detail?: string }
  | { kind: 'explainer'; section: ExplainerSection };

export interface Norm {
  id: string;
  group: NormGroup;
  coverage: Coverage;
  /** Short name, e.g. 党员大会. */
  topic: string;
  /** What it requires, in plain words. */
  requirement: string;
  /** How often, where the text says so. */
  frequency?: string;
  /** Who it applies to. */
  appliesTo: string;
  source: NormSource;
  /** The clause, verbatim (after typographic normalisation). */
  quote: string;
  /** The word in the quote that sets the strength, e.g. 应当 or 一般. */
  modal: string;
  strength: Strength;
  /** Set when the duty lies with the superior organisation, not the association. */
  addressee?: 'superior';
  /** What the assessment counts as met. */
  met: string;
  /** The answers the check reads. */
  reads: readonly AnswerKey[];
}

export const GROUP_TITLES: Readonly<Record<NormGroup, string>> = {
  setup: '组织设置',
  term: '换届',
  life: '组织生活',
  role: '作用发挥',
};

export const STRENGTH_LABELS: Readonly<Record<Strength, string>> = {
  binding: '刚性要求',
  normally: '一般要求',
  permissive: '可选做法',
  recommended: '解读文章的建议',
};

/** The plain-language reading of each strength, shown beside every quoted clause. */
export const STRENGTH_NOTES: Readonly<Record<Strength, string>> = {
  binding: '条文使用“应当”“必须”“设”等措辞，属于必须做到的要求，未做到的列为“须整改”。',
  normally: '条文使用“一般”，表示通常应当这样做，允许根据实际情况有所不同；部分达到的列为“建议”。',
  permissive: '条文使用“可以”“注重”等措辞，属于可以采用的做法，未采用的至多列为“建议”。',
  recommended: '这是解读文章（转载自学习强国）提出的做法，不是法规条文，未做到的列为“建议”。',
};

const BWR = 'branch-work-regulations';
const PC = 'party-constitution';
const MED = 'member-education-regulations';
const SGR = 'social-group-registration-regulations';

const reg = (slug: string, article: number, detail?: string): NormSource =>
  detail === undefined ? { kind: 'regulation', slug, article } : { kind: 'regulation', slug, article, detail };
const explainer = (section: ExplainerSection): NormSource => ({ kind: 'explainer', section });

export const NORMS = [
  // 组织设置
  {
    id: 'pc30-set-up', group: 'setup', coverage: 'organisation', topic: '成立党组织',
    requirement: '有正式党员3人以上的单位成立党的基层组织', appliesTo: '有正式党员3人以上的协会商会',
    source: reg(PC, 30), quote: '凡是有正式党员三人以上的，都应当成立党的基层组织', modal: '应当', strength: 'binding',
    met: '本会单独建立了党支部、党总支或党委', reads: ['formalMembers', 'organisationForm'],
  },
  {
    id: 'bwr4-set-up', group: 'setup', coverage: 'organisation', topic: '成立党支部',
    requirement: '有正式党员3人以上的单位成立党支部，以单独组建为主要方式', appliesTo: '有正式党员3人以上的协会商会',
    source: reg(BWR, 4), quote: '凡是有正式党员3人以上的，都应当成立党支部', modal: '应当', strength: 'binding',
    met: '本会单独建立了党支部、党总支或党委', reads: ['formalMembers', 'organisationForm'],
  },
  {
    id: 'bwr4-standalone', group: 'setup', coverage: 'organisation', topic: '单独组建',
    requirement: '党支部以单独组建为主要方式', appliesTo: '设置党支部的单位',
    source: reg(BWR, 4), quote: '党支部设置一般以单位、区域为主，以单独组建为主要方式', modal: '一般', strength: 'normally',
    met: '本会单独建立了党组织，而不是只参加联合党支部', reads: ['organisationForm'],
  },
  {
    id: 'si1-set-up', group: 'setup', coverage: 'organisation', topic: '单独建立党组织',
    requirement: '有3名以上正式党员的协会商会全部单独建立党组织', appliesTo: '有正式党员3人以上的协会商会',
    source: explainer('si-1'), quote: '凡有3名以上正式党员的协会商会，都要按照《中国共产党章程》规定，全部单独建立党组织', modal: '要', strength: 'recommended',
    met: '本会单独建立了党组织', reads: ['formalMembers', 'organisationForm'],
  },
  {
    id: 'bwr6-apply', group: 'setup', coverage: 'organisation', topic: '成立程序',
    requirement: '成立党支部一般由本单位提出申请，上级党委研究批复', appliesTo: '拟成立党支部的协会商会',
    source: reg(BWR, 6), quote: '党支部的成立，一般由基层单位提出申请', modal: '一般', strength: 'normally',
    met: '（程序说明，不单独检查）', reads: [],
  },
  {
    id: 'bwr5-joint', group: 'setup', coverage: 'organisation', topic: '联合党支部',
    requirement: '正式党员不足3人的单位成立联合党支部', appliesTo: '有正式党员、但不足3人的协会商会',
    source: reg(BWR, 5, '第三款'), quote: '正式党员不足3人的单位，应当按照地域相邻、行业相近、规模适当、便于管理的原则，成立联合党支部', modal: '应当', strength: 'binding',
    met: '本会党员参加了联合党支部', reads: ['formalMembers', 'organisationForm'],
  },
  {
    id: 'si1-outreach', group: 'setup', coverage: 'organisation', topic: '党建组织员、联络员',
    requirement: '没有正式党员的协会商会，由上级组织选派党建组织员或在内部确定党建联络员开展党的工作', appliesTo: '没有正式党员的协会商会',
    source: explainer('si-1'), quote: '没有正式党员的，采取上级组织选派党建组织员、在协会商会内部确定党建联络员等方式开展党的工作', modal: '采取', strength: 'recommended',
    met: '有上级选派的党建组织员或本会确定的党建联络员', reads: ['formalMembers', 'outreach'],
  },
  {
    id: 'bwr7-adjust', group: 'setup', coverage: 'organisation', topic: '调整党组织设置',
    requirement: '不再符合设立条件的党支部，由上级党组织及时调整或撤销', appliesTo: '正式党员不足3人、却单独建有党组织的协会商会',
    source: reg(BWR, 7), quote: '不再符合设立条件的党支部，上级党组织应当及时予以调整或者撤销', modal: '应当', strength: 'binding', addressee: 'superior',
    met: '正式党员3人以上', reads: ['formalMembers', 'organisationForm'],
  },
  {
    id: 'bwr4-size', group: 'setup', coverage: 'organisation', topic: '党支部规模',
    requirement: '党支部党员人数一般不超过50人', appliesTo: '单独建立党支部的协会商会',
    source: reg(BWR, 4, '第二款'), quote: '党支部党员人数一般不超过50人', modal: '一般', strength: 'normally',
    met: '党员（含预备党员）不超过50人', reads: ['formalMembers', 'probationaryMembers'],
  },
  {
    id: 'pc30-higher', group: 'setup', coverage: 'organisation', topic: '设立总支部委员会或基层委员会',
    requirement: '根据工作需要和党员人数，经上级党组织批准设立总支部委员会或基层委员会', appliesTo: '党员较多的协会商会',
    source: reg(PC, 30, '第二款'), quote: '根据工作需要和党员人数，经上级党组织批准，分别设立党的基层委员会、总支部委员会、支部委员会', modal: '经上级党组织批准', strength: 'binding', addressee: 'superior',
    met: '（设置方式的说明，不单独检查）', reads: [],
  },
  {
    id: 'bwr20-committee', group: 'setup', coverage: 'organisation', topic: '支部委员会',
    requirement: '有正式党员7人以上的党支部设立支部委员会', appliesTo: '有正式党员7人以上的党支部',
    source: reg(BWR, 20), quote: '有正式党员7人以上的党支部，应当设立党支部委员会', modal: '应当', strength: 'binding',
    met: '设立了支部委员会', reads: ['formalMembers', 'hasCommittee'],
  },
  {
    id: 'bwr20-small', group: 'setup', coverage: 'organisation', topic: '不足7人的党支部班子',
    requirement: '正式党员不足7人的党支部设1名书记，必要时设1名副书记', appliesTo: '正式党员不足7人的党支部',
    source: reg(BWR, 20, '第三款'), quote: '正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记', modal: '设', strength: 'binding',
    met: '设有书记；不要求设立支部委员会', reads: ['formalMembers', 'hasCommittee', 'hasSecretary'],
  },
  {
    id: 'bwr21-vacancy', group: 'setup', coverage: 'organisation', topic: '书记在任',
    requirement: '书记、副书记、委员出现空缺及时补选', appliesTo: '单独建立党组织的协会商会',
    source: reg(BWR, 21, '第二款'), quote: '党支部书记、副书记、委员出现空缺，应当及时进行补选', modal: '应当', strength: 'binding',
    met: '党组织书记在任', reads: ['hasSecretary'],
  },
  {
    id: 'pc45-discipline', group: 'setup', coverage: 'organisation', topic: '纪检委员',
    requirement: '总支部委员会和支部委员会设纪律检查委员', appliesTo: '设支部委员会的党支部和党总支',
    source: reg(PC, 45, '第三款'), quote: '党的总支部委员会和支部委员会设纪律检查委员', modal: '设', strength: 'binding',
    met: '委员会中有纪检委员', reads: ['organisationForm', 'higherForm', 'hasCommittee', 'hasDisciplineMember'],
  },
  {
    id: 'bwr20-members', group: 'setup', coverage: 'organisation', topic: '支部委员会组成',
    requirement: '支部委员会设书记和组织、宣传、纪检等委员', appliesTo: '设支部委员会的党支部',
    source: reg(BWR, 20, '第二款'), quote: '党支部委员会设书记和组织委员、宣传委员、纪检委员等', modal: '设', strength: 'binding',
    met: '支部委员会中有纪检委员', reads: ['hasCommittee', 'hasDisciplineMember'],
  },
  {
    id: 'pc45-committee-discipline', group: 'setup', coverage: 'organisation', topic: '党委的纪检机构',
    requirement: '基层委员会设纪律检查委员会还是纪律检查委员，由上一级党组织决定', appliesTo: '设党委的协会商会',
    source: reg(PC, 45, '第三款'), quote: '党的基层委员会是设立纪律检查委员会，还是设立纪律检查委员，由它的上一级党组织根据具体情况决定', modal: '由它的上一级党组织根据具体情况决定', strength: 'binding', addressee: 'superior',
    met: '设有纪律检查委员会或纪检委员', reads: ['higherForm', 'hasDisciplineMember'],
  },
  {
    id: 'bwr13-groups', group: 'setup', coverage: 'organisation', topic: '划分党小组',
    requirement: '党员人数较多或者工作地、居住地比较分散的党支部划分党小组', appliesTo: '党员人数较多或者党员工作地、居住地比较分散的党组织',
    source: reg(BWR, 13), quote: '党员人数较多或者党员工作地、居住地比较分散的党支部，按照便于组织开展活动原则，应当划分若干党小组', modal: '应当', strength: 'binding',
    met: '已划分党小组，或党员不多且不分散', reads: ['hasPartyGroups', 'groupsNeeded'],
  },
  {
    id: 'bwr24-secretary', group: 'setup', coverage: 'organisation', topic: '书记人选',
    requirement: '社会组织一般从管理层中选任党支部书记', appliesTo: '单独建立党组织的协会商会',
    source: reg(BWR, 24, '第四款'), quote: '非公有制经济组织、社会组织，一般从管理层中选任党支部书记', modal: '一般', strength: 'normally',
    met: '书记由本会管理层人员担任', reads: ['secretaryFromManagement'],
  },
  {
    id: 'med25-transfer', group: 'setup', coverage: 'organisation', topic: '转移组织关系',
    requirement: '工作单位变动的党员转移组织关系', appliesTo: '组织关系不在本会的党员',
    source: reg(MED, 25, '第三款'), quote: '党员工作单位、经常居住地发生变动的，或者外出学习、工作、生活6个月以上并且地点相对固定的，应当转移组织关系', modal: '应当', strength: 'binding',
    met: '工作单位已变动到本会的党员都已转移组织关系（或经党组织同意不转接）', reads: ['membersRelationElsewhere', 'relationsPending'],
  },
  {
    id: 'med25-placement', group: 'setup', coverage: 'organisation', topic: '编入所在单位党组织',
    requirement: '有固定工作单位且单位已建立党组织的党员，一般编入所在单位党组织', appliesTo: '在本会工作、本会已建立党组织的党员',
    source: reg(MED, 25, '第二款'), quote: '有固定工作单位并且单位已经建立党组织的党员，一般编入其所在单位党组织', modal: '一般', strength: 'normally',
    met: '（说明，随转移组织关系一并检查）', reads: ['membersRelationElsewhere', 'relationsPending'],
  },
  {
    id: 'med32-flowing-org', group: 'setup', coverage: 'organisation', topic: '流动党员党组织',
    requirement: '流动党员相对集中的地方，流出地党组织可以依托商会、行业协会成立流动党员党组织', appliesTo: '异地商会等流动党员相对集中的协会商会',
    source: reg(MED, 32), quote: '在流动党员相对集中的地方，流出地党组织可以依托园区、商会、行业协会、驻外地办事机构等成立流动党员党组织', modal: '可以', strength: 'permissive',
    met: '（可选做法，供异地商会参考）', reads: ['outOfTownChamber', 'membersRelationElsewhere'],
  },
  // 换届
  {
    id: 'pc31-term', group: 'term', coverage: 'organisation', topic: '委员会任期',
    requirement: '基层委员会、总支部委员会、支部委员会每届任期三年至五年', frequency: '每届三至五年', appliesTo: '设委员会的党组织',
    source: reg(PC, 31), quote: '党的基层委员会、总支部委员会、支部委员会每届任期三年至五年', modal: '每届任期', strength: 'binding',
    met: '本届任期未届满', reads: ['termYears', 'lastElection'],
  },
  {
    id: 'bwr21-term', group: 'term', coverage: 'organisation', topic: '党支部委员会任期',
    requirement: '村、社区以外的党支部委员会一般每届任期3年', frequency: '一般每届3年', appliesTo: '设支部委员会的党支部',
    source: reg(BWR, 21), quote: '其他基层单位党支部委员会一般每届任期3年', modal: '一般', strength: 'normally',
    met: '每届任期按3年计算且未届满', reads: ['termYears', 'lastElection'],
  },
  {
    id: 'bwr21-delay', group: 'term', coverage: 'organisation', topic: '延期换届',
    requirement: '延期或提前换届须经上级党组织从严审核，期限一般不超过1年', appliesTo: '需要延期或提前换届的党支部',
    source: reg(BWR, 21, '第三款'), quote: '对需要延期或者提前换届的，应当认真审核、从严把关，延长或者提前期限一般不超过1年', modal: '应当', strength: 'binding', addressee: 'superior',
    met: '（程序说明，不单独检查）', reads: [],
  },
  {
    id: 'bwr21-reminder', group: 'term', coverage: 'organisation', topic: '换届提醒',
    requirement: '上级党组织一般提前6个月提醒做好换届准备', frequency: '届满前6个月', appliesTo: '任期即将届满的党支部',
    source: reg(BWR, 21, '第三款'), quote: '上级党组织对任期届满的党支部，一般提前6个月以发函或者电话通知等形式，提醒做好换届准备', modal: '一般', strength: 'normally', addressee: 'superior',
    met: '距届满6个月以上', reads: ['lastElection', 'termYears'],
  },
  {
    id: 'si1-term', group: 'term', coverage: 'organisation', topic: '按期换届',
    requirement: '协会商会党组织按期进行换届', appliesTo: '单独建立党组织的协会商会',
    source: explainer('si-1'), quote: '按期进行换届', modal: '按期', strength: 'recommended',
    met: '本届任期未届满', reads: ['lastElection'],
  },
  // 组织生活
  {
    id: 'bwr16-duty', group: 'life', coverage: 'work', topic: '“三会一课”',
    requirement: '组织党员按期参加党员大会、党小组会和上党课，定期召开支部委员会会议', appliesTo: '单独建立党组织的协会商会',
    source: reg(BWR, 16), quote: '党支部应当组织党员按期参加党员大会、党小组会和上党课，定期召开党支部委员会会议', modal: '应当', strength: 'binding',
    met: '最近12个月开过党员大会、党小组会、支部委员会会议，上过党课', reads: ['generalMeetings', 'partyGroupMeetings', 'committeeMeetings', 'partyLectures'],
  },
  {
    id: 'bwr11-general', group: 'life', coverage: 'work', topic: '党员大会',
    requirement: '党员大会由全体党员参加，一般每季度召开1次', frequency: '一般每季度1次', appliesTo: '单独建立党组织的协会商会',
    source: reg(BWR, 11), quote: '由全体党员参加，一般每季度召开1次', modal: '一般', strength: 'normally',
    met: '最近12个月不少于4次', reads: ['generalMeetings'],
  },
  {
    id: 'bwr12-committee', group: 'life', coverage: 'work', topic: '支部委员会会议',
    requirement: '支部委员会会议一般每月召开1次', frequency: '一般每月1次', appliesTo: '设委员会的党组织',
    source: reg(BWR, 12, '第二款'), quote: '党支部委员会会议一般每月召开1次', modal: '一般', strength: 'normally',
    met: '最近12个月不少于12次', reads: ['committeeMeetings'],
  },
  {
    id: 'bwr13-group-meeting', group: 'life', coverage: 'work', topic: '党小组会',
    requirement: '党小组会一般每月召开1次', frequency: '一般每月1次', appliesTo: '划分了党小组的党组织',
    source: reg(BWR, 13, '第三款'), quote: '党小组会一般每月召开1次', modal: '一般', strength: 'normally',
    met: '最近12个月不少于12次', reads: ['partyGroupMeetings'],
  },
  {
    id: 'med16-themed-day', group: 'life', coverage: 'work', topic: '主题党日',
    requirement: '党支部每月开展1次主题党日', frequency: '每月1次', appliesTo: '单独建立党组织的协会商会',
    source: reg(MED, 16, '第二款'), quote: '党支部应当每月开展1次主题党日', modal: '应当', strength: 'binding',
    met: '最近12个月不少于12次', reads: ['themedPartyDays'],
  },
  {
    id: 'bwr17-life-meeting', group: 'life', coverage: 'work', topic: '组织生活会',
    requirement: '党支部每年至少召开1次组织生活会', frequency: '每年至少1次', appliesTo: '单独建立党组织的协会商会',
    source: reg(BWR, 17), quote: '党支部每年至少召开1次组织生活会', modal: '每年至少', strength: 'binding',
    met: '最近12个月至少1次', reads: ['lifeMeetings'],
  },
  {
    id: 'bwr18-review', group: 'life', coverage: 'work', topic: '民主评议党员',
    requirement: '党支部一般每年开展1次民主评议党员', frequency: '一般每年1次', appliesTo: '单独建立党组织的协会商会',
    source: reg(BWR, 18), quote: '党支部一般每年开展1次民主评议党员', modal: '一般', strength: 'normally',
    met: '最近12个月开展过', reads: ['democraticReview'],
  },
  {
    id: 'med18-review', group: 'life', coverage: 'work', topic: '民主评议党员',
    requirement: '党支部一般每年开展1次民主评议党员', frequency: '一般每年1次', appliesTo: '单独建立党组织的协会商会',
    source: reg(MED, 18), quote: '党支部一般每年开展1次民主评议党员', modal: '一般', strength: 'normally',
    met: '最近12个月开展过', reads: ['democraticReview'],
  },
  {
    id: 'bwr19-talks', group: 'life', coverage: 'work', topic: '谈心谈话',
    requirement: '党支部经常开展谈心谈话', appliesTo: '单独建立党组织的协会商会',
    source: reg(BWR, 19), quote: '党支部应当经常开展谈心谈话', modal: '应当', strength: 'binding',
    met: '最近12个月开展过谈心谈话', reads: ['heartToHeart', 'heartToHeartMembers'],
  },
  {
    id: 'bwr19-talks-yearly', group: 'life', coverage: 'work', topic: '谈心谈话覆盖面',
    requirement: '委员之间、委员和党员之间、党员之间每年谈心谈话一般不少于1次', frequency: '一般每年不少于1次', appliesTo: '单独建立党组织的协会商会',
    source: reg(BWR, 19), quote: '每年谈心谈话一般不少于1次', modal: '一般', strength: 'normally',
    met: '本会党组织中存在的每一类谈话对象之间都谈过', reads: ['heartToHeart', 'heartToHeartMembers'],
  },
  {
    id: 'si3-multiple', group: 'life', coverage: 'work', topic: '多重组织生活',
    requirement: '组织暂未转移组织关系的党员参加本会党组织的活动', appliesTo: '有组织关系不在本会的党员的协会商会',
    source: explainer('si-3'), quote: '行业协会商会党组织要按照“一方隶属、参加多重组织生活”原则，组织暂未转移组织关系的党员参加党组织的活动', modal: '要', strength: 'recommended',
    met: '这些党员参加本会党组织的活动', reads: ['elsewhereMembersParticipate'],
  },
  {
    id: 'bwr16-not-transferred', group: 'life', coverage: 'work', topic: '不转接组织关系的党员',
    requirement: '经同意不转接组织关系的党员，所在单位党组织可以将其纳入党支部或党小组参加组织生活', appliesTo: '有组织关系不在本会的党员的协会商会',
    source: reg(BWR, 16, '第五款'), quote: '对经党组织同意可以不转接组织关系的党员，所在单位党组织可以将其纳入一个党支部或者党小组，参加组织生活', modal: '可以', strength: 'permissive',
    met: '这些党员参加本会党组织的活动', reads: ['elsewhereMembersParticipate'],
  },
  {
    id: 'pc8-member-life', group: 'life', coverage: 'work', topic: '参加组织生活',
    requirement: '每个党员编入党的一个支部、小组或其他特定组织，参加党的组织生活', appliesTo: '参加联合党支部的协会商会党员',
    source: reg(PC, 8), quote: '都必须编入党的一个支部、小组或其他特定组织，参加党的组织生活', modal: '必须', strength: 'binding',
    met: '本会党员按期参加联合党支部的组织生活', reads: ['jointParticipation'],
  },
  // 作用发挥
  {
    id: 'si3-charter', group: 'role', coverage: 'work', topic: '章程写入党建工作要求',
    requirement: '协会商会把党建工作要求写入章程', appliesTo: '所有协会商会',
    source: explainer('si-3'), quote: '行业协会商会要把党建工作要求写入协会商会章程', modal: '要', strength: 'recommended',
    met: '章程已写入党建工作要求', reads: ['charterIncludesPartyBuilding'],
  },
  {
    id: 'sgr18-charter', group: 'role', coverage: 'work', topic: '修改章程的程序',
    requirement: '社会团体修改章程，经业务主管单位审查同意后30日内报登记管理机关核准', appliesTo: '修改章程的社会团体',
    source: reg(SGR, 18, '第二款'), quote: '社会团体修改章程，应当自业务主管单位审查同意之日起30日内，报登记管理机关核准', modal: '应当', strength: 'binding',
    met: '（修改章程时的程序，不单独检查）', reads: [],
  },
  {
    id: 'si3-cross', group: 'role', coverage: 'work', topic: '交叉任职',
    requirement: '党组织班子成员与协会商会领导班子成员交叉任职', appliesTo: '单独建立党组织的协会商会',
    source: explainer('si-3'), quote: '推行党组织班子成员与协会商会领导班子成员交叉任职', modal: '推行', strength: 'recommended',
    met: '有交叉任职', reads: ['crossAppointment'],
  },
  {
    id: 'si3-supervisor', group: 'role', coverage: 'work', topic: '纪检委员与监事交叉任职',
    requirement: '纪委书记（纪检委员）与监事长（监事）交叉任职', appliesTo: '设有纪检委员的党组织',
    source: explainer('si-3'), quote: '推行党组织班子成员与协会商会领导班子成员交叉任职、纪委书记（纪检委员）与协会商会监事长（监事）交叉任职', modal: '推行', strength: 'recommended',
    met: '有交叉任职', reads: ['disciplineSupervisorCross'],
  },
  {
    id: 'si3-attend', group: 'role', coverage: 'work', topic: '书记参加管理层会议',
    requirement: '党组织书记参加或列席管理层有关会议', appliesTo: '单独建立党组织的协会商会',
    source: explainer('si-3'), quote: '党组织书记应当参加或列席管理层有关会议', modal: '应当', strength: 'recommended',
    met: '书记参加或列席管理层有关会议', reads: ['secretaryAttendsManagement'],
  },
  {
    id: 'si2-instructor', group: 'role', coverage: 'work', topic: '党建指导员',
    requirement: '主管部门向行业影响较大或党建工作薄弱的协会商会党组织选派党建指导员', appliesTo: '行业影响较大或党建工作薄弱的协会商会',
    source: explainer('si-2'), quote: '从机关或离退休领导干部中择优选派党员干部，报经党委组织部门同意后，派驻到行业影响较大或党建工作薄弱的行业协会商会党组织担任“党建指导员”', modal: '择优选派', strength: 'recommended', addressee: 'superior',
    met: '主管部门已选派党建指导员', reads: ['keyAssociation', 'hasPartyInstructor'],
  },
  {
    id: 'si2-files', group: 'role', coverage: 'work', topic: '党员档案',
    requirement: '完善党员档案', appliesTo: '单独建立党组织的协会商会',
    source: explainer('si-2'), quote: '从完善党员档案、规范党费使用管理、健全组织生活等入手', modal: '入手', strength: 'recommended',
    met: '党员档案齐全、规范', reads: ['memberFilesComplete'],
  },
  {
    id: 'med26-files', group: 'role', coverage: 'work', topic: '建立党员档案',
    requirement: '没有人事档案的党员，由基层党委建立党员档案', appliesTo: '没有人事档案的党员',
    source: reg(MED, 26), quote: '对没有人事档案的党员，应当由具有审批预备党员权限的基层党委建立党员档案', modal: '应当', strength: 'binding', addressee: 'superior',
    met: '（由基层党委落实）', reads: ['memberFilesComplete'],
  },
  {
    id: 'med16-dues', group: 'role', coverage: 'work', topic: '党费',
    requirement: '党组织做好党费收缴、使用和管理工作', appliesTo: '单独建立党组织的协会商会',
    source: reg(MED, 16, '第三款'), quote: '党组织应当做好党费收缴、使用和管理工作', modal: '应当', strength: 'binding',
    met: '党费按规定收缴、使用和管理', reads: ['duesManaged'],
  },
  {
    id: 'bwr27-report', group: 'role', coverage: 'work', topic: '书记述职',
    requirement: '党支部书记每年向上级党组织和党员大会述职', frequency: '每年', appliesTo: '单独建立党支部的协会商会',
    source: reg(BWR, 27, '第二款'), quote: '党支部书记每年应当向上级党组织和党支部党员大会述职', modal: '应当', strength: 'binding',
    met: '最近12个月书记述职', reads: ['secretaryReported'],
  },
  {
    id: 'bwr25-training', group: 'role', coverage: 'work', topic: '书记轮训',
    requirement: '党支部书记每年至少参加1次县级以上党组织举办的集中轮训', frequency: '每年至少1次', appliesTo: '单独建立党支部的协会商会',
    source: reg(BWR, 25, '第二款'), quote: '党支部书记每年应当至少参加1次县级以上党组织举办的集中轮训', modal: '应当', strength: 'binding',
    met: '最近12个月书记参加过集中轮训', reads: ['secretaryTrained'],
  },
] as const satisfies readonly Norm[];

export type NormId = (typeof NORMS)[number]['id'];

const BY_ID: ReadonlyMap<string, Norm> = new Map(NORMS.map((n) => [n.id, n]));

export function findNorm(id: string): Norm | undefined {
  return BY_ID.get(id);
}

export function norm(id: NormId): Norm {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`unknown norm ${id}`);
  return found;
}

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
