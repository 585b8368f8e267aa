// <prevalence-figure figure="minors-2015" lang="km"></prevalence-figure>
// Loads the live figure from this site's JSON API and renders the same card as /embed/{id},
// in shadow DOM, with no dependencies. Include with <script src="https://…/embed.js" defer>.
declare const __EMBED_CSS__: string;
// The webfont of each locale that needs one, from content/locales.json (written by the build).
declare const __LOCALE_FONTS__: Record<string, { url: string; family: string; unicodeRange: string }>;

interface FigureResponse {
  id: string;
  lang: string;
  label: string;
  display: string;
  detail: string;
  credit: string;
  links: { story: string };
}

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const API_ORIGIN = new URL(scriptUrl).origin;
const fontsAdded = new Set<string>();

function addLocaleFont(lang: string): void {
  // @font-face inside shadow DOM is ignored, so the face is added to the document once.
  const font = __LOCALE_FONTS__[lang];
  if (!font || fontsAdded.has(font.url) || !('fonts' in document)) return;
  fontsAdded.add(font.url);
  const face = new FontFace(font.family, `url(${new URL(font.url, API_ORIGIN).href}) format("woff2")`, {
    display: 'swap',
    unicodeRange: font.unicodeRange,
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

export class PrevalenceFigure extends HTMLElement {
  static observedAttributes = ['figure', 'lang'];
  private readonly root = this.attachShadow({ mode: 'open' });
  private request = 0;

  connectedCallback(): void {
    void this.render();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.render();
  }

  private async render(): Promise<void> {
    const id = this.getAttribute('figure') ?? '';
    // Passed on as given: the API answers an unsupported language with a 400, never English.
    const lang = this.getAttribute('lang');
    const request = ++this.request;
    if (lang) addLocaleFont(lang);
    const query = lang === null ? '' : `?lang=${encodeURIComponent(lang)}`;
    try {
      const res = await fetch(`${API_ORIGIN}/api/v1/prevalence/${encodeURIComponent(id)}${query}`);
      if (!res.ok) throw new Error(`${res.status}`);
      const figure = (await res.json()) as FigureResponse;
      if (request === this.request) this.show(figure);
    } catch {
      if (request === this.request) this.root.replaceChildren();
      this.setAttribute('data-error', '');
    }
  }

  private show(figure: FigureResponse): void {
    const style = document.createElement('style');
    style.textContent = __EMBED_CSS__;
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
    this.root.replaceChildren(style, card);
  }
}

if (!customElements.get('prevalence-figure')) customElements.define('prevalence-figure', PrevalenceFigure);
