/**
 * The one inline script: applies the saved theme before first paint, so a dark
 * choice does not flash light. Kept here so the CSP hash in astro.config.mjs is
 * computed from exactly the code the layout inlines.
 */
import { STORAGE_KEYS } from '../../shared/site/constants.ts';

export const THEME_SCRIPT = `try{var t=localStorage.getItem('${STORAGE_KEYS.theme}');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;
