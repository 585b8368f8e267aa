// The Mozilla HTTP Observatory's published scoring (MDN "Tests & Scoring"), for the tests that
// read response headers and HTML. Baseline 100; penalties first; bonuses only from 90 up.
// Redirection (HTTP → HTTPS) is Cloudflare's edge setting, outside the Worker, and is not scored here.

export interface ScoredTest {
  test: string;
  result: string;
  modifier: number;
}

function cspDirectives(header: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...values] = part.trim().toLowerCase().split(/\s+/);
    if (name && !map.has(name)) map.set(name, values);
  }
  return map;
}

export function scoreCsp(header: string | null): ScoredTest {
  const test = 'content-security-policy';
  if (!header) return { test, result: 'csp-not-implemented', modifier: -25 };
  const csp = cspDirectives(header);
  const effective = (name: string) => csp.get(name) ?? csp.get('default-src');
  const script = effective('script-src');
  const object = effective('object-src');
  const broad = (values: string[] | undefined) =>
    !values || values.some((v) => ["'unsafe-inline'", 'data:', '*', 'http:', 'https:'].includes(v));
  if (broad(script) || broad(object)) return { test, result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  if ([...csp.values()].some((v) => v.some((s) => s.startsWith('http:')))) {
    return { test, result: 'csp-implemented-with-insecure-scheme', modifier: -20 };
  }
  if (script?.includes("'unsafe-eval'")) return { test, result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
  const style = effective('style-src');
  if (style?.some((v) => ["'unsafe-inline'", 'data:', 'https:', '*'].includes(v))) {
    return { test, result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 };
  }
  if (csp.get('default-src')?.join(' ') === "'none'") {
    return { test, result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
  }
  return { test, result: 'csp-implemented-with-no-unsafe', modifier: 5 };
}

export function scoreCookies(setCookie: string[]): ScoredTest {
  const test = 'cookies';
  if (setCookie.length === 0) return { test, result: 'cookies-not-found', modifier: 0 };
  const all = setCookie.map((c) => c.toLowerCase());
  if (all.some((c) => !c.includes('secure'))) return { test, result: 'cookies-without-secure-flag', modifier: -20 };
  if (all.every((c) => /samesite=(strict|lax)/.test(c) && c.includes('httponly'))) {
    return { test, result: 'cookies-secure-with-httponly-sessions-and-samesite', modifier: 5 };
  }
  return { test, result: 'cookies-secure-with-httponly-sessions', modifier: 0 };
}

export function scoreCors(allowOrigin: string | null, isPublicData: boolean): ScoredTest {
  const test = 'cross-origin-resource-sharing';
  if (!allowOrigin) return { test, result: 'cross-origin-resource-sharing-not-implemented', modifier: 0 };
  if (allowOrigin === '*') {
    // Public, credential-free data is meant to be read by anyone.
    return isPublicData
      ? { test, result: 'cross-origin-resource-sharing-implemented-with-public-access', modifier: 0 }
      : { test, result: 'cross-origin-resource-sharing-implemented-with-universal-access', modifier: -50 };
  }
  return { test, result: 'cross-origin-resource-sharing-implemented-with-restricted-access', modifier: 0 };
}

export function scoreHsts(header: string | null): ScoredTest {
  const test = 'strict-transport-security';
  const maxAge = header ? Number(/max-age=(\d+)/i.exec(header)?.[1]) : NaN;
  if (!header) return { test, result: 'hsts-not-implemented', modifier: -20 };
  if (Number.isNaN(maxAge)) return { test, result: 'hsts-header-invalid', modifier: -20 };
  if (maxAge < 15768000) return { test, result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
  return { test, result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 };
}

export function scoreReferrer(header: string | null): ScoredTest {
  const test = 'referrer-policy';
  if (!header) return { test, result: 'referrer-policy-not-implemented', modifier: 0 };
  const last = header.split(',').map((s) => s.trim().toLowerCase()).pop() ?? '';
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(last)) {
    return { test, result: 'referrer-policy-private', modifier: 5 };
  }
  if (['origin', 'origin-when-cross-origin', 'unsafe-url'].includes(last)) return { test, result: 'referrer-policy-unsafe', modifier: -5 };
  return { test, result: 'referrer-policy-header-invalid', modifier: -5 };
}

export function scoreSri(contentType: string | null, html: string, origin: string): ScoredTest {
  const test = 'subresource-integrity';
  if (!contentType?.startsWith('text/html')) return { test, result: 'sri-not-implemented-response-not-html', modifier: 0 };
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1] ?? '');
  if (sources.length === 0) return { test, result: 'sri-not-implemented-but-no-scripts-loaded', modifier: 0 };
  const sameOrigin = sources.every((src) => src.startsWith('/') && !src.startsWith('//') || src.startsWith(origin));
  if (sameOrigin) return { test, result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', modifier: 0 };
  return { test, result: 'sri-not-implemented-but-external-scripts-loaded-securely', modifier: -5 };
}

export function scoreNosniff(header: string | null): ScoredTest {
  const test = 'x-content-type-options';
  if (!header) return { test, result: 'x-content-type-options-not-implemented', modifier: -5 };
  if (header.trim().toLowerCase() === 'nosniff') return { test, result: 'x-content-type-options-nosniff', modifier: 0 };
  return { test, result: 'x-content-type-options-header-invalid', modifier: -5 };
}

export function scoreFraming(xfo: string | null, csp: string | null): ScoredTest {
  const test = 'x-frame-options';
  if (csp && cspDirectives(csp).has('frame-ancestors')) return { test, result: 'x-frame-options-implemented-via-csp', modifier: 5 };
  if (!xfo) return { test, result: 'x-frame-options-not-implemented', modifier: -20 };
  if (/^(deny|sameorigin)$/i.test(xfo.trim())) return { test, result: 'x-frame-options-sameorigin-or-deny', modifier: 0 };
  return { test, result: 'x-frame-options-header-invalid', modifier: -20 };
}

export function scoreCorp(header: string | null, isPublicResource: boolean): ScoredTest {
  const test = 'cross-origin-resource-policy';
  const value = header?.trim().toLowerCase();
  if (!value) return { test, result: 'corp-not-implemented', modifier: 0 };
  if (value === 'same-origin') return { test, result: 'corp-implemented-with-same-origin', modifier: 0 };
  if (value === 'same-site') return { test, result: 'corp-implemented-with-same-site', modifier: 0 };
  if (value === 'cross-origin') {
    // Embeds and the public API exist to be loaded by other sites.
    return { test, result: 'corp-implemented-with-cross-origin', modifier: isPublicResource ? 0 : -20 };
  }
  return { test, result: 'corp-header-invalid', modifier: -20 };
}

export function grade(score: number): string {
  const chart: [number, string][] = [[100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-']];
  return chart.find(([min]) => score >= min)?.[1] ?? 'F';
}

export function observatoryScore(res: Response, html: string, origin: string, isPublicResource = false) {
  const h = (name: string) => res.headers.get(name);
  const tests = [
    scoreCsp(h('Content-Security-Policy')),
    scoreCookies(res.headers.getSetCookie?.() ?? []),
    scoreCors(h('Access-Control-Allow-Origin'), isPublicResource),
    scoreHsts(h('Strict-Transport-Security')),
    scoreReferrer(h('Referrer-Policy')),
    scoreSri(h('Content-Type'), html, origin),
    scoreNosniff(h('X-Content-Type-Options')),
    scoreFraming(h('X-Frame-Options'), h('Content-Security-Policy')),
    scoreCorp(h('Cross-Origin-Resource-Policy'), isPublicResource),
  ];
  const penalties = tests.filter((t) => t.modifier < 0).reduce((sum, t) => sum + t.modifier, 0);
  const bonuses = tests.filter((t) => t.modifier > 0).reduce((sum, t) => sum + t.modifier, 0);
  const afterPenalties = Math.max(0, 100 + penalties);
  const score = afterPenalties >= 90 ? afterPenalties + bonuses : afterPenalties;
  return { score, grade: grade(score), tests };
}
