/**
 * The theme toggle (ThemeToggle.astro). Without JavaScript the button stays hidden and
 * the theme follows prefers-color-scheme; the head script (client/inline/theme-script)
 * applies a stored choice before first paint.
 *
 * Like every module in this folder it imports nothing, so Astro inlines it into the
 * pages that carry its markup (reading pages load no script file; npm run budgets).
 * Storage keys come from shared/site/constants through Vite's `define` (astro.config.mjs).
 */

function currentTheme(): 'dark' | 'light' {
  const set = document.documentElement.dataset['theme'];
  if (set === 'dark' || set === 'light') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const render = (): void => {
    const dark = currentTheme() === 'dark';
    button.setAttribute('aria-pressed', String(dark));
    button.textContent = dark ? '浅色模式' : '深色模式';
  };
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(__STORAGE_KEYS__.theme, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    render();
  });
}
