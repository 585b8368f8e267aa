import { shareCard } from '../assets';
import { FALLBACK_LOCALE, LOCALES, localeInfo, otherLocales, type Locale } from '../i18n/locales';

export interface SocialMetaProps {
  locale: Locale;
  origin: string;
  /** Path after the locale prefix, e.g. "/" or "/f/minors-2015". */
  path: string;
  title: string;
  description: string;
  /** Absolute or root-relative URL of the 1200×630 share card; none where the build made none. */
  image: string | undefined;
  imageAlt: string;
  /** Where x-default points: the negotiating root for the story, else the English page. */
  xDefault?: string;
}

/** Canonical, hreflang alternates, Open Graph and Twitter card tags for a localized page. */
export function SocialMeta(props: SocialMetaProps) {
  const { locale, origin, path } = props;
  const url = (l: Locale) => `${origin}/${l}${path}`;
  const image = props.image?.startsWith('/') ? origin + props.image : props.image;
  return (
    <>
      <link rel="canonical" href={url(locale)} />
      {LOCALES.map((l) => (
        <link rel="alternate" hreflang={localeInfo(l).hreflang} href={url(l)} />
      ))}
      <link rel="alternate" hreflang="x-default" href={props.xDefault ? origin + props.xDefault : url(FALLBACK_LOCALE)} />
      <link
        rel="alternate"
        type="application/json+oembed"
        href={`${origin}/oembed?url=${encodeURIComponent(url(locale))}&format=json`}
        title={props.title}
      />
      <meta property="og:type" content="article" />
      <meta property="og:title" content={props.title} />
      <meta property="og:description" content={props.description} />
      <meta property="og:url" content={url(locale)} />
      {image && (
        <>
          <meta property="og:image" content={image} />
          <meta property="og:image:type" content="image/png" />
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta property="og:image:alt" content={props.imageAlt} />
        </>
      )}
      <meta property="og:locale" content={localeInfo(locale).ogLocale} />
      {otherLocales(locale).map((l) => (
        <meta property="og:locale:alternate" content={localeInfo(l).ogLocale} />
      ))}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={props.title} />
      <meta name="twitter:description" content={props.description} />
      {image && <meta name="twitter:image" content={image} />}
    </>
  );
}

/** Social tags for a reference page (sources, data), which shares the story's card. */
export function ReferencePageMeta(props: { locale: Locale; origin: string; path: string; title: string; description: string }) {
  return <SocialMeta {...props} image={shareCard(props.locale, 'story')} imageAlt={props.title} />;
}
