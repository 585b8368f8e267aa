// <prevalence-figure figure="minors-2015" lang="km"><p>…the figure as text, a link…</p></prevalence-figure>
// Loads the live figure from this site's JSON API and renders the same card as /embed/{id}, in
// shadow DOM, with no dependencies. Include with <script src="https://…/embed.js" async>.
//
// Until the data arrives, and for good if it never does (network error, 4xx/5xx, timeout), the
// element shows its own children: the partner's fallback. It makes one request per element, and
// another only when `figure` or `lang` later changes.
//
// Its API origin is the origin of the script that defined it: document.currentScript while this
// classic script runs, else (loaded by a module or a bundler, where currentScript is null) the
// first <script src$="/embed.js">. Never the partner's own origin: with neither, it fetches
// nothing and keeps the fallback.
declare const __EMBED_CSS__: string;
// The webfont of each locale that needs one, from content/locales.json (written by the build).
/** The language a figure is shown in when its element names none. */
declare const __FALLBACK_LOCALE__: string;
declare const __LOCALE_FONTS__: Record<string, { url: string; family: string; unicodeRange: string; weight: string }>;

interface FigureResponse {
  id: string;
  lang: string;
  label: string;
  display: string;
  detail: string;
  credit: string;
  links: { story: string };
}

/** How long a response may take before the fallback is kept for good. */
const TIMEOUT_MS = 15_000;
const TAG = 'prevalence-figure';

function findApiOrigin(): string | undefined {
  const script =
    (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]');
  if (!script?.src) return undefined;
  const url = new URL(script.src, document.baseURI);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
}

const API_ORIGIN = findApiOrigin();
const fontsAdded = new Set<string>();

/** How long the card waits for its webfont before it shows in a stand-in font. */
const FONT_WAIT_MS = 3_000;

/** Resolves once the locale's webfont can draw `text` (or has failed, or took too long). */
function localeFontReady(lang: string, text: string): Promise<unknown> {
  const font = __LOCALE_FONTS__[lang];
  if (!font || !('fonts' in document)) return Promise.resolve();
  return Promise.race([
    document.fonts.load(`16px "${font.family}"`, text).catch(() => undefined),
    new Promise((r) => setTimeout(r, FONT_WAIT_MS)),
  ]);
}

function addLocaleFont(origin: string, lang: string): void {
  // @font-face inside shadow DOM is ignored, so the face is added to the document once.
  const font = __LOCALE_FONTS__[lang];
  if (!font || fontsAdded.has(font.url) || !('fonts' in document)) return;
  fontsAdded.add(font.url);
  const face = new FontFace(font.family, `url(${new URL(font.url, origin).href}) format("woff2")`, {
    display: 'swap',
    unicodeRange: font.unicodeRange,
    weight: font.weight,
  });
  document.fonts.add(face);
  face.load().catch(() => undefined);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A figure answer whose fields are strings and whose link stays on the API's own origin. */
function isFigure(value: unknown, origin: string): value is FigureResponse {
  const f = value as Partial<FigureResponse> | null;
  if (!f || typeof f !== 'object') return false;
  if (![f.id, f.lang, f.label, f.display, f.detail, f.credit, f.links?.story].every((v) => typeof v === 'string')) return false;
  try {
    return new URL(f.links!.story).origin === origin;
  } catch {
    return false;
  }
}

/** What the API's 400 for an unsupported language names as supported (problem+json). */
async function supportedLanguages(res: Response): Promise<string[] | undefined> {
  try {
    const body = (await res.json()) as { supported?: unknown };
    return Array.isArray(body.supported) ? body.supported.filter((s): s is string => typeof s === 'string') : undefined;
  } catch {
    return undefined;
  }
}

export class PrevalenceFigure extends HTMLElement {
  static observedAttributes = ['figure', 'lang'];
  private readonly root = this.attachShadow({ mode: 'open' });
  /** The figure and language last asked for, so an unchanged attribute asks nothing again. */
  private asked: string | undefined;
  private scheduled = false;

  constructor() {
    super();
    this.showFallback();
  }

  /** The slot shows the partner's children (the fallback) until, and unless, the card arrives. */
  private showFallback(): void {
    const style = document.createElement('style');
    style.textContent = ':host{display:block}';
    this.root.replaceChildren(style, document.createElement('slot'));
  }

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(): void {
    this.schedule();
  }

  /** Coalesces the upgrade's callbacks (one per attribute, then connected) into one request. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) void this.load();
    });
  }

  private async load(): Promise<void> {
    const id = this.getAttribute('figure') ?? '';
    // Passed on as given: absent is the site's default language (content/locales.json, written in
    // by the build); anything the API does not support is its 400, which keeps the fallback.
    const lang = this.getAttribute('lang') ?? __FALLBACK_LOCALE__;
    const key = `${id}\n${lang}`;
    if (key === this.asked) return;
    this.asked = key;
    const origin = API_ORIGIN;
    if (!origin) {
      console.warn(`<${TAG}>: cannot tell which site it is from; load it with <script src="…/embed.js" async>. Showing its fallback.`);
      return;
    }
    addLocaleFont(origin, lang);
    const query = `?lang=${encodeURIComponent(lang)}`;
    try {
      const res = await fetch(`${origin}/api/v1/prevalence/${encodeURIComponent(id)}${query}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (res.status === 400) {
        const supported = await supportedLanguages(res);
        if (supported && !supported.includes(lang)) {
          console.warn(`<${TAG} lang="${lang}">: not a language of this figure; use one of ${supported.join(', ')}. Showing its fallback.`);
          if (key === this.asked) this.showFallback();
          return;
        }
      }
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const figure: unknown = await res.json();
      if (!isFigure(figure, origin)) throw new Error('not a figure of this site');
      // Shown in a stand-in font, the card would change height when its own font arrives.
      await localeFontReady(figure.lang, figure.label + figure.display + figure.detail + figure.credit);
      if (key === this.asked) this.show(figure);
    } catch (error) {
      if (key !== this.asked) return;
      this.showFallback();
      this.setAttribute('data-error', '');
      console.warn(`<${TAG} figure="${id}">: the live figure did not load (${String(error)}); showing its fallback.`);
    }
  }

  private show(figure: FigureResponse): void {
    // The card never takes less room than the fallback did, so nothing below it moves up.
    const before = Math.ceil(this.getBoundingClientRect().height);
    const style = document.createElement('style');
    style.textContent = `${__EMBED_CSS__}\n:host{min-height:${before}px}`;
    const card = element('figure', 'card');
    card.lang = figure.lang;
    card.dataset.figure = figure.id;
    const link = element('a', '', figure.credit);
    link.href = figure.links.story;
    link.target = '_blank';
    link.rel = 'noopener';
    const source = element('p', 'card__source');
    source.appendChild(link);
    // appendChild, not append: workers-types' HTMLRewriter Element shadows the DOM's append here.
    for (const child of [
      element('figcaption', 'card__label', figure.label),
      element('p', 'card__value', figure.display),
      element('p', 'card__detail', figure.detail),
      source,
    ]) {
      card.appendChild(child);
    }
    this.removeAttribute('data-error');
    this.root.replaceChildren(style, card);
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, PrevalenceFigure);
