/**
 * The forms an association's party organisation can take, as 要求速查 filters the
 * norms by them. Kept free of imports so that the types, the schema and the page can
 * all read it.
 */

export type OrgForm = 'branch' | 'general' | 'committee' | 'joint';

export const FORM_LABELS: Readonly<Record<OrgForm, string>> = {
  branch: '党支部',
  general: '党总支',
  committee: '党委',
  joint: '联合党支部',
};

/*
 * Each norm's forms (Norm.forms) are a reading of its 适用 line (for the checked norms,
 * of the check's applicability where it has one): an association's own 党支部, 党总支 or
 * 党委 (branch, general, committee), or a 联合党支部 its members join with others
 * (joint). The 组织生活 a 党支部 must hold bind a 联合党支部 as well. A norm with no
 * form (没有正式党员) shows only when no form is chosen.
 */
