// CSS that follows from content/locales.json: each language's leading and heading style, and the
// system fonts named for its script wherever its text appears (the language links).
import { languageLinksFoldIntoMenu, type LocaleInfo } from '../../worker/i18n/locales';

export function localeCss(locales: readonly LocaleInfo[]): string {
  const rules: string[] = [];
  for (const l of locales) {
    const lang = `:lang(${l.code})`;
    rules.push(`:root${lang}{--leading:${l.lineHeight};--heading-leading:${l.headingLineHeight}}`);
    rules.push(`${lang} h1,${lang} h2{line-height:${l.headingLineHeight};font-weight:${l.headingWeight}}`);
    // Named, a system font is found directly; left to fallback, Chromium searched every installed
    // font, which doubled a cold first layout (median of 21 runs, 73 -> 40 ms).
    if (l.systemFonts) rules.push(`${lang}{font-family:${l.systemFonts},var(--font)}`);
    // A link in a language without a webfont keeps the page's system font, so a webfont's late
    // arrival never changes its width and moves the masthead (a measured 0.001 layout shift).
    else if (!l.webfont) rules.push(`.lang-switch${lang}{font-family:var(--font)}`);
  }
  // With three languages or more the links fold into a menu (worker/views/PageChrome.tsx); its
  // rules ship only then, so two languages pay no byte for it.
  if (languageLinksFoldIntoMenu(locales.length)) rules.push(LANGUAGE_MENU_CSS);
  return rules.join('\n');
}

// Short selectors: every byte here is inlined in every page, under the 14 KB first-window budget.
const LANGUAGE_MENU_CSS = [
  '.lang-menu{position:relative;flex:none}',
  // The browser's own disclosure triangle marks it as a menu: no bytes for a drawn one.
  '.lang-menu>summary{padding:.75rem .25rem;color:var(--data);font-weight:600}',
  // Heard, not seen: the button reads "Languages: English".
  '.lang-menu__label{position:absolute;width:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
  '.lang-menu ul{position:absolute;right:0;margin:0;padding:0;list-style:none;background:var(--card);border:1px solid var(--rule)}',
  '.lang-menu a{display:block;padding:.8rem 1rem;white-space:nowrap}',
].join('');
/** The embed card's per-language rules: its webfont (shadow DOM and iframe alike) and leading. */
export function embedLocaleCss(locales: readonly LocaleInfo[], families: Record<string, string>): string {
  return locales
    .filter((l) => l.webfont)
    .map((l) => `.card:lang(${l.code}){font-family:"${families[l.webfont ?? '']}",system-ui,sans-serif;line-height:${l.lineHeight}}`)
    .join('\n');
}
