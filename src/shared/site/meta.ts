/** Site-wide names and notes shown in headers, footers and meta tags. */
export const SITE_NAME = '行业协会商会党建知识站';
export const SITE_DESCRIPTION =
  '面向行业协会商会党务工作者、党建指导员和联络员的知识站：读政策解读、查党内法规原文、做“两个覆盖”自评、全文检索。';

/** Builds the <title> text: page title first, site name last. */
export function pageTitle(title?: string): string {
  return title && title !== SITE_NAME ? `${title} | ${SITE_NAME}` : SITE_NAME;
}
