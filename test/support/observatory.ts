// The Mozilla HTTP Observatory's published scoring (github.com/mdn/mdn-http-observatory:
// src/grader/charts.js for the modifiers and grades, src/analyzer/tests/*.js for each test,
// src/scanner/index.js for the sum), applied to one response we fetch in a test.
// The site is scored as served over HTTPS. Not scored here: redirection (HTTP → HTTPS is
// Cloudflare's "Always Use HTTPS" setting, outside the Worker) and HSTS preloading.
// Our HTML carries no <meta http-equiv>, which test/worker/observatory.test.ts checks, so
// headers alone decide every test.

export interface ScoredTest {
  test: string;
  result: string;
  modifier: number;
}

/** The modifier each result earns (charts.js SCORE_TABLE). */
export const MODIFIERS: Record<string, number> = {
  'csp-implemented-with-no-unsafe-default-src-none': 10,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-implemented-with-insecure-scheme': -20,
  'csp-header-invalid': -25,
  'csp-not-implemented': -25,
  'cookies-secure-with-httponly-sessions-and-samesite': 5,
  'cookies-secure-with-httponly-sessions': 0,
  'cookies-not-found': 0,
  'cookies-without-secure-flag-but-protected-by-hsts': -5,
  'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
  'cookies-without-secure-flag': -20,
  'cookies-samesite-flag-invalid': -20,
  'cookies-anticsrf-without-samesite-flag': -20,
  'cookies-session-without-httponly-flag': -30,
  'cookies-session-without-secure-flag': -40,
  'cross-origin-resource-sharing-not-implemented': 0,
  'cross-origin-resource-sharing-implemented-with-public-access': 0,
  'cross-origin-resource-sharing-implemented-with-restricted-access': 0,
  'cross-origin-resource-sharing-implemented-with-universal-access': -50,
  'referrer-policy-private': 5,
  'referrer-policy-not-implemented': 0,
  'referrer-policy-unsafe': -5,
  'referrer-policy-header-invalid': -5,
  'hsts-implemented-max-age-at-least-six-months': 0,
  'hsts-implemented-max-age-less-than-six-months': -10,
  'hsts-not-implemented': -20,
  'hsts-header-invalid': -20,
  'sri-implemented-and-all-scripts-loaded-securely': 5,
  'sri-implemented-and-external-scripts-loaded-securely': 5,
  'sri-not-implemented-response-not-html': 0,
  'sri-not-implemented-but-no-scripts-loaded': 0,
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': 0,
  'sri-not-implemented-but-external-scripts-loaded-securely': -5,
  'sri-implemented-but-external-scripts-not-loaded-securely': -20,
  'sri-not-implemented-and-external-scripts-not-loaded-securely': -50,
  'x-content-type-options-nosniff': 0,
  'x-content-type-options-not-implemented': -5,
  'x-content-type-options-header-invalid': -5,
  'x-frame-options-implemented-via-csp': 5,
  'x-frame-options-sameorigin-or-deny': 0,
  'x-frame-options-allow-from-origin': 0,
  'x-frame-options-not-implemented': -20,
  'x-frame-options-header-invalid': -20,
  'corp-header-invalid': -5,
  'corp-implemented-with-cross-origin': 0,
  'corp-implemented-with-same-origin': 10,
  'corp-implemented-with-same-site': 10,
  'corp-not-implemented': 0,
};

function scored(test: string, result: string): ScoredTest {
  const modifier = MODIFIERS[result];
  if (modifier === undefined) throw new Error(`no modifier for ${result}`);
  return { test, result, modifier };
}

// ---- Content-Security-Policy (csp.js, cspParser.js) ----

const DANGEROUSLY_BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const BROAD_OR_INLINE = new Set([...DANGEROUSLY_BROAD, ...UNSAFE_INLINE]);
const PASSIVE_DIRECTIVES = new Set(['img-src', 'media-src']);
const hasNonceOrHash = (sources: Set<string>) => [...sources].some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));

/** One policy, as the Observatory parses it: lower-cased, a repeated directive is invalid. */
export function parseCsp(policy: string): Map<string, Set<string>> {
  const clean = policy.replace(/[\r\n]/g, '').trim();
  if (clean.length < 'img-src'.length - 1) throw new Error(`invalid policy: ${clean}`);
  const csp = new Map<string, Set<string>>();
  for (const [rawDirective, ...values] of clean.split(';').map((entry) => entry.trim().split(/\s+/))) {
    if (!rawDirective) continue;
    const directive = rawDirective.toLowerCase();
    if (csp.has(directive) && directive !== 'report-uri' && directive !== 'report-to') {
      throw new Error(`duplicate directive ${directive}`);
    }
    const sources = values.map((v) => v.trim().toLowerCase());
    csp.set(directive, new Set(sources.length === 0 && directive.endsWith('-src') ? ["'none'"] : sources));
  }
  return csp;
}

export function scoreCsp(header: string | null): ScoredTest {
  const test = 'content-security-policy';
  if (!header) return scored(test, 'csp-not-implemented');
  // Several policies are intersected by the Observatory; we send one, and this scorer reads one.
  if (header.includes(',')) throw new Error('this scorer reads a single policy');
  let csp: Map<string, Set<string>>;
  try {
    csp = parseCsp(header);
  } catch {
    return scored(test, 'csp-header-invalid');
  }
  if (csp.size === 0) return scored(test, 'csp-not-implemented');

  const fallback = (name: string) => new Set(csp.get(name) ?? csp.get('default-src') ?? ['*']);
  const objectSrc = fallback('object-src');
  const scriptSrc = fallback('script-src');
  const styleSrc = fallback('style-src');
  for (const list of [scriptSrc, styleSrc]) if (hasNonceOrHash(list)) list.delete("'unsafe-inline'");

  let result: string | null = null;
  if (hasNonceOrHash(scriptSrc) && scriptSrc.has("'strict-dynamic'")) {
    for (const source of [...scriptSrc]) {
      if ([...DANGEROUSLY_BROAD].some((b) => source.startsWith(b)) || source === "'self'" || source === "'unsafe-inline'") {
        scriptSrc.delete(source);
      }
    }
  } else if (scriptSrc.has("'strict-dynamic'")) {
    result = 'csp-header-invalid';
  }

  const active = [...csp.entries()].filter(([d]) => !PASSIVE_DIRECTIVES.has(d) && d !== 'script-src').flatMap(([, s]) => [...s]);
  active.push(...scriptSrc);
  const passive = [...PASSIVE_DIRECTIVES].flatMap((d) => [...(csp.get(d) ?? csp.get('default-src') ?? [])]);
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:');

  if ([...scriptSrc].some((s) => BROAD_OR_INLINE.has(s)) || [...objectSrc].some((s) => DANGEROUSLY_BROAD.has(s))) {
    result ??= 'csp-implemented-with-unsafe-inline';
  }
  if (active.some(insecure)) result ??= 'csp-implemented-with-insecure-scheme';
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'")) result ??= 'csp-implemented-with-unsafe-eval';
  if (passive.some(insecure)) result ??= 'csp-implemented-with-insecure-scheme-in-passive-content-only';
  if ([...styleSrc].some((s) => BROAD_OR_INLINE.has(s))) result ??= 'csp-implemented-with-unsafe-inline-in-style-src-only';
  const defaultSrc = csp.get('default-src');
  if (defaultSrc?.has("'none'") && defaultSrc.size === 1) result ??= 'csp-implemented-with-no-unsafe-default-src-none';
  result ??= 'csp-implemented-with-no-unsafe';
  return scored(test, result);
}

// ---- Cookies (cookies.js) ----

interface Cookie {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string | null;
  rawSameSiteInvalid: boolean;
}

function parseSetCookie(header: string): Cookie {
  const [pair = '', ...attributes] = header.split(';');
  const cookie: Cookie = {
    name: pair.split('=')[0]?.trim() ?? '',
    secure: false,
    httpOnly: false,
    sameSite: null,
    rawSameSiteInvalid: false,
  };
  for (const attribute of attributes) {
    const [key = '', value] = attribute.trim().split('=');
    const name = key.trim().toLowerCase();
    if (name === 'secure') cookie.secure = true;
    if (name === 'httponly') cookie.httpOnly = true;
    if (name === 'samesite') {
      cookie.sameSite = value?.trim().toLowerCase() ?? null;
      if (!value || !['lax', 'strict', 'none'].includes(value.trim().toLowerCase())) cookie.rawSameSiteInvalid = true;
    }
  }
  return cookie;
}

// Best to worst: a later, milder finding never replaces an earlier, worse one (utils.js onlyIfWorse).
const COOKIE_BADNESS = [
  'cookies-without-secure-flag-but-protected-by-hsts',
  'cookies-without-secure-flag',
  'cookies-session-without-secure-flag-but-protected-by-hsts',
  'cookies-samesite-flag-invalid',
  'cookies-anticsrf-without-samesite-flag',
  'cookies-session-without-httponly-flag',
  'cookies-session-without-secure-flag',
];
const worse = (candidate: string, current: string | null) =>
  current === null || COOKIE_BADNESS.indexOf(candidate) > COOKIE_BADNESS.indexOf(current) ? candidate : current;

export function scoreCookies(setCookie: string[], hstsPasses: boolean): ScoredTest {
  const test = 'cookies';
  const cookies = setCookie.map(parseSetCookie).filter((c) => c.name && c.name !== 'heroku-session-affinity');
  let result: string | null = null;
  for (const cookie of cookies) if (cookie.rawSameSiteInvalid) result = worse('cookies-samesite-flag-invalid', result);
  if (cookies.length === 0) return scored(test, 'cookies-not-found');
  let missingSameSite = false;
  for (const cookie of cookies) {
    const name = cookie.name.toLowerCase();
    const session = name.includes('login') || name.includes('sess');
    if (!cookie.secure && cookie.sameSite === 'none') result = worse('cookies-samesite-flag-invalid', result);
    if (!cookie.secure)
      result = worse(hstsPasses ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag', result);
    if (name.includes('csrf') && !cookie.sameSite) result = worse('cookies-anticsrf-without-samesite-flag', result);
    if (session && !cookie.secure) {
      result = worse(
        hstsPasses ? 'cookies-session-without-secure-flag-but-protected-by-hsts' : 'cookies-session-without-secure-flag',
        result,
      );
    }
    if (session && !cookie.httpOnly) result = worse('cookies-session-without-httponly-flag', result);
    if (!cookie.sameSite) missingSameSite = true;
  }
  result ??= missingSameSite ? 'cookies-secure-with-httponly-sessions' : 'cookies-secure-with-httponly-sessions-and-samesite';
  return scored(test, result);
}

// ---- CORS (cors.js): the scanner sends its own Origin and looks for it echoed with credentials ----

export function scoreCors(allowOrigin: string | null, requestOrigin: string | null, allowCredentials: string | null): ScoredTest {
  const test = 'cross-origin-resource-sharing';
  if (!allowOrigin) return scored(test, 'cross-origin-resource-sharing-not-implemented');
  if (allowOrigin.trim().toLowerCase() === '*') return scored(test, 'cross-origin-resource-sharing-implemented-with-public-access');
  if (requestOrigin && allowOrigin === requestOrigin && allowCredentials?.trim().toLowerCase() === 'true') {
    return scored(test, 'cross-origin-resource-sharing-implemented-with-universal-access');
  }
  return scored(test, 'cross-origin-resource-sharing-implemented-with-restricted-access');
}

// ---- Strict-Transport-Security (strict-transport-security.js) ----

const SIX_MONTHS = 15_552_000; // the Observatory's "white lie" for 15768000

export function scoreHsts(header: string | null): ScoredTest {
  const test = 'strict-transport-security';
  if (!header) return scored(test, 'hsts-not-implemented');
  const data = header.slice(0, 1024);
  if (data.includes(',')) return scored(test, 'hsts-header-invalid');
  let maxAge: number | null = null;
  for (const parameter of data.split(';').map((p) => p.trim().toLowerCase())) {
    if (parameter.startsWith('max-age=')) maxAge = Number.parseInt(parameter.slice(8, 128), 10);
  }
  if (maxAge === null) return scored(test, 'hsts-header-invalid');
  // parseInt of garbage is NaN, and NaN < SIX_MONTHS is false: the Observatory then counts it as
  // at least six months. We keep its arithmetic.
  return scored(
    test,
    maxAge < SIX_MONTHS ? 'hsts-implemented-max-age-less-than-six-months' : 'hsts-implemented-max-age-at-least-six-months',
  );
}

// ---- Referrer-Policy (referrer-policy.js) ----

const PRIVATE_REFERRERS = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const UNSAFE_REFERRERS = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];

export function scoreReferrer(header: string | null): ScoredTest {
  const test = 'referrer-policy';
  if (!header) return scored(test, 'referrer-policy-not-implemented');
  const known = new Set([...PRIVATE_REFERRERS, ...UNSAFE_REFERRERS]);
  const policy =
    header
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter((p) => known.has(p))
      .pop() ?? '';
  if (PRIVATE_REFERRERS.includes(policy)) return scored(test, 'referrer-policy-private');
  if (UNSAFE_REFERRERS.includes(policy)) return scored(test, 'referrer-policy-unsafe');
  return scored(test, 'referrer-policy-header-invalid');
}

// ---- Subresource integrity (subresource-integrity.js), for a page served over HTTPS ----

// Best to worst, in the Observatory's own (quirky) order.
const SRI_BADNESS = [
  'sri-implemented-and-all-scripts-loaded-securely',
  'sri-implemented-and-external-scripts-loaded-securely',
  'sri-implemented-but-external-scripts-not-loaded-securely',
  'sri-not-implemented-but-external-scripts-loaded-securely',
  'sri-not-implemented-and-external-scripts-not-loaded-securely',
  'sri-not-implemented-response-not-html',
];
const worseSri = (candidate: string, current: string | null) =>
  current === null || SRI_BADNESS.indexOf(candidate) > SRI_BADNESS.indexOf(current) ? candidate : current;

/** The registrable domain, roughly: the last two labels (enough for our hosts and tests). */
const siteOf = (host: string) => host.split('.').slice(-2).join('.');

export function scoreSri(contentType: string | null, html: string, pageHost: string): ScoredTest {
  const test = 'subresource-integrity';
  const mime = (contentType ?? '').split(';')[0]?.trim();
  if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml') return scored(test, 'sri-not-implemented-response-not-html');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1] ?? '');
  if (scripts.length === 0) return scored(test, 'sri-not-implemented-but-no-scripts-loaded');
  let result: string | null = null;
  let foreign = false;
  for (const attributes of scripts) {
    const src = /\bsrc\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    if (!src) continue;
    const integrity = /\bintegrity\s*=\s*"[^"]+"/i.test(attributes);
    const protocolRelative = /^\/\/[^/]/.test(src);
    const absolute = /^https?:\/\//i.test(src);
    const relative = !protocolRelative && !absolute;
    const sameSite = relative || protocolRelative || (absolute && siteOf(new URL(src).hostname) === siteOf(pageHost));
    const secureOrigin = relative || (sameSite && !protocolRelative);
    const secureScheme = relative || (absolute && src.toLowerCase().startsWith('https:'));
    if (!secureOrigin) {
      foreign = true;
      if (integrity && !secureScheme) result = worseSri('sri-implemented-but-external-scripts-not-loaded-securely', result);
      else if (!integrity && secureScheme) result = worseSri('sri-not-implemented-but-external-scripts-loaded-securely', result);
      else if (!integrity) result = worseSri('sri-not-implemented-and-external-scripts-not-loaded-securely', result);
    } else if (integrity && secureScheme && result === null) {
      result = 'sri-implemented-and-all-scripts-loaded-securely';
    }
  }
  result ??= foreign
    ? 'sri-implemented-and-external-scripts-loaded-securely'
    : 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin';
  return scored(test, result);
}

// ---- X-Content-Type-Options, X-Frame-Options, Cross-Origin-Resource-Policy ----

export function scoreNosniff(header: string | null): ScoredTest {
  const test = 'x-content-type-options';
  if (!header) return scored(test, 'x-content-type-options-not-implemented');
  return scored(
    test,
    header.slice(0, 256).trim().toLowerCase() === 'nosniff' ? 'x-content-type-options-nosniff' : 'x-content-type-options-header-invalid',
  );
}

export function scoreFraming(xfo: string | null, csp: string | null): ScoredTest {
  const test = 'x-frame-options';
  let viaCsp = false;
  try {
    viaCsp = csp !== null && !csp.includes(',') && parseCsp(csp).has('frame-ancestors');
  } catch {
    viaCsp = false;
  }
  if (viaCsp) return scored(test, 'x-frame-options-implemented-via-csp');
  if (!xfo) return scored(test, 'x-frame-options-not-implemented');
  const value = xfo.slice(0, 1024).trim().toLowerCase();
  if (value === 'deny' || value === 'sameorigin') return scored(test, 'x-frame-options-sameorigin-or-deny');
  if (value.startsWith('allow-from')) return scored(test, 'x-frame-options-allow-from-origin');
  return scored(test, 'x-frame-options-header-invalid');
}

export function scoreCorp(header: string | null): ScoredTest {
  const test = 'cross-origin-resource-policy';
  const value = header?.slice(0, 256).trim().toLowerCase();
  if (!value) return scored(test, 'corp-not-implemented');
  if (value === 'same-site') return scored(test, 'corp-implemented-with-same-site');
  if (value === 'same-origin') return scored(test, 'corp-implemented-with-same-origin');
  if (value === 'cross-origin') return scored(test, 'corp-implemented-with-cross-origin');
  return scored(test, 'corp-header-invalid');
}

// ---- The sum (scanner/index.js) and the grade (grader.js) ----

const GRADES: [number, string][] = [
  [100, 'A+'],
  [95, 'A'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [75, 'B'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [55, 'C'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [35, 'D'],
  [30, 'D'],
  [25, 'D-'],
  [20, 'F'],
  [15, 'F'],
  [10, 'F'],
  [5, 'F'],
  [0, 'F'],
];
export const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

export function grade(score: number): string {
  const s = Math.max(score, 0);
  const bucket = Math.min(s - (s % 5), 100);
  return GRADES.find(([min]) => min === bucket)?.[1] ?? 'F';
}

export interface ScoreOptions {
  /** The Origin the scanner's CORS request sends (its own attacker origin). */
  requestOrigin?: string;
}

export function observatoryScore(res: Response, html: string, pageHost: string, options: ScoreOptions = {}) {
  const h = (name: string) => res.headers.get(name);
  const hsts = scoreHsts(h('Strict-Transport-Security'));
  const tests = [
    scoreCsp(h('Content-Security-Policy')),
    scoreCookies(res.headers.getSetCookie(), hsts.result === 'hsts-implemented-max-age-at-least-six-months'),
    scoreCors(h('Access-Control-Allow-Origin'), options.requestOrigin ?? null, h('Access-Control-Allow-Credentials')),
    scoreReferrer(h('Referrer-Policy')),
    hsts,
    scoreSri(h('Content-Type'), html, pageHost),
    scoreNosniff(h('X-Content-Type-Options')),
    scoreFraming(h('X-Frame-Options'), h('Content-Security-Policy')),
    scoreCorp(h('Cross-Origin-Resource-Policy')),
  ];
  const withExtraCredit = 100 + tests.reduce((sum, t) => sum + t.modifier, 0);
  const uncurved = 100 + tests.filter((t) => t.modifier < 0).reduce((sum, t) => sum + t.modifier, 0);
  const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved, 0);
  return { score, grade: grade(score), tests };
}
