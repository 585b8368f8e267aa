// Every kind of page a reader or a partner site can open, in both languages.
import { shareableFigures } from '../../worker/content';
import { LOCALES } from '../../worker/i18n/locales';

export const ALL_PAGES: string[] = LOCALES.flatMap((locale) => [
  `/${locale}/`,
  `/${locale}/f/${shareableFigures[0]?.id}`,
  `/${locale}/f/minors-change`,
  `/${locale}/sources`,
  `/${locale}/data`,
  `/${locale}/no-such-page`,
  `/embed/minors-2015?lang=${locale}`,
]);
