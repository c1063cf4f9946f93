/**
 * Names shared across pages, client scripts, the search index and tests, written once
 * (Starlight keeps the same kind of list in its constants module). Changing one here
 * changes it everywhere; a name spelled out elsewhere is a bug.
 */

/** Pagefind filter and meta keys (Chinese, because the search page shows them). */
export const SEARCH_KEYS = {
  /** Filter: which kind of document a page is. */
  type: '文档类型',
  /** Filter: which document (a regulation's short title, 解读, 术语…). */
  document: '文件',
} as const;

/** Values of the 文档类型 filter. */
export const DOC_TYPES = {
  regulation: '法规',
  explainer: '解读',
  glossary: '术语',
  requirements: '要求速查',
  /** The site's tools (自评汇总): found by name, weighted like an explainer. */
  tool: '工具',
} as const;

/** Browser storage keys. The assessment's key carries its format version. */
export const STORAGE_KEYS = {
  theme: 'theme',
  /** sessionStorage: the words to highlight on the page a search result leads to. */
  searchHighlight: 'search-highlight',
  assessment: 'xhdj-assessment-v1',
} as const;

/** Anchor of a regulation article (第N条), stable across builds. */
export const articleAnchor = (n: number): string => `art-${n}`;

/**
 * The seed explainer (content/explainers/<this>/): the one the self-assessment cites by
 * section, that the old /article/ URLs redirect to, and that the fidelity test compares
 * with EXPLAINER_SOURCE.
 */
export const SEED_EXPLAINER = 'xiehui-shanghui-dangjian';

/** Anchor of a numbered paragraph of an explainer (its source line number). */
export const paragraphAnchor = (n: number): string => `p-${n}`;

/** Id of a page's contents (BaseLayout's aside), the target of the bar's 目录 link. */
export const PAGE_TOC_ID = 'page-toc';
/** Id of the list inside the contents' fold: a link to it opens a folded 目录 (no script). */
export const PAGE_TOC_LIST_ID = 'page-toc-list';

/** Id of the n-th citation note of an explainer page (the popover its marker opens). */
export const citeNoteAnchor = (n: number): string => `note-${n}`;

/** Shown instead of a link when a cited source is not (yet) in REGULATIONS_DIR. */
export const MISSING_SOURCE_NOTE = '（原文暂未收录）';

/** The service worker (at the root, so its scope is the whole site) and the web app manifest. */
export const SERVICE_WORKER_URL = '/sw.js';
export const MANIFEST_URL = '/manifest.webmanifest';
