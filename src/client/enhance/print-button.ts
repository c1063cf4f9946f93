// Imports nothing so that it stays inline (see theme-toggle.ts).

/** Print buttons ([data-print], hidden in the HTML) appear only where they can work. */
export function initPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => print());
  }
}
