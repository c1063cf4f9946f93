/**
 * The inline script of the redirect pages (old URLs, src/pages/article/): goes to the
 * meta refresh's target keeping the #fragment, which a meta refresh alone drops, so
 * old links to #p-N or #si-1 still land on their paragraph. Kept here so the CSP hash
 * in astro.config.mjs is computed from exactly the code the page inlines.
 */
export const REDIRECT_SCRIPT = `var m=document.querySelector('meta[http-equiv=refresh]');if(m)location.replace(m.content.replace(/^0;url=/,'')+location.hash)`;
