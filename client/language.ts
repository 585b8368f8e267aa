// The language switch records the reader's explicit choice, which `/` honours before
// Accept-Language. Only this click sets the cookie.
const ONE_YEAR = 60 * 60 * 24 * 365;

export function rememberLanguageChoice(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    link.addEventListener('click', () => {
      const secure = location.protocol === 'https:' ? '; secure' : '';
      document.cookie = `lang=${link.dataset.langSwitch}; path=/; max-age=${ONE_YEAR}; samesite=lax${secure}`;
    });
  }
}
