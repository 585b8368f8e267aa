import { shareCard } from '../assets';
import { cardAlt } from '../i18n/card-text';
import { siteName } from '../i18n/citation';
import { FALLBACK_LOCALE, LOCALES, localeInfo, otherLocales, type Locale } from '../i18n/locales';
import { dateModified, datePublished, jsonLdText } from './structured-data';

export interface SocialMetaProps {
  locale: Locale;
  origin: string;
  /** Path after the locale prefix, e.g. "/" or "/f/minors-2015". */
  path: string;
  title: string;
  description: string;
  /** Absolute or root-relative URL of the 1200×630 share card; none where the build made none. */
  image: string | undefined;
  /** Describes the card itself (cardAlt), not the page: previews show it beside the title. */
  imageAlt: string;
  /** Where x-default points: the negotiating root for the story, else the English page. */
  xDefault?: string;
  /** schema.org JSON-LD for the page (./structured-data.ts). */
  structuredData?: object;
  /** Whether /oembed answers for this page (story and figure pages): only then is it advertised. */
  embeddable?: boolean;
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
      {props.embeddable !== false && (
        <link
          rel="alternate"
          type="application/json+oembed"
          href={`${origin}/oembed?url=${encodeURIComponent(url(locale))}&format=json`}
          title={props.title}
        />
      )}
      {/* Telegram and Facebook print the site's name above the title. */}
      <meta property="og:site_name" content={siteName(locale)} />
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
      <meta property="article:published_time" content={datePublished} />
      <meta property="article:modified_time" content={dateModified} />
      <meta property="og:locale" content={localeInfo(locale).ogLocale} />
      {otherLocales(locale).map((l) => (
        <meta property="og:locale:alternate" content={localeInfo(l).ogLocale} />
      ))}
      {/* X reads og:title, og:description and og:image when its own tags are absent; not the alt. */}
      <meta name="twitter:card" content="summary_large_image" />
      {image && <meta name="twitter:image:alt" content={props.imageAlt} />}
      {props.structuredData && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(props.structuredData) }} />}
    </>
  );
}

/** Social tags for a reference page (sources, data), which shares the story's card. */
export function ReferencePageMeta(props: {
  locale: Locale;
  origin: string;
  path: string;
  title: string;
  description: string;
  structuredData?: object;
}) {
  // A reference page is not an embeddable figure: /oembed would answer 404 for it.
  return <SocialMeta {...props} image={shareCard(props.locale, 'story')} imageAlt={cardAlt(props.locale, 'story')} embeddable={false} />;
}
