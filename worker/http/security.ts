// Security headers by kind of response, set with hono/secure-headers.
// Story pages may not be framed; embed cards may be framed by anyone; JSON loads nothing.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { assets } from '../assets';

export type ResponseKind = 'page' | 'embed' | 'data';

/** Which policy a path gets. Unknown paths are pages: the strictest policy is the default. */
export function responseKind(path: string): ResponseKind {
  if (path.startsWith('/embed/')) return 'embed';
  if (path.startsWith('/api/') || path === '/oembed' || path === '/embed.js') return 'data';
  return 'page';
}

const HSTS = 'max-age=63072000; includeSubDomains';

// Features the story never uses. clipboard-write and web-share, which the share button uses,
// keep their default allowlist ('self'); Chromium on desktop warns on an explicit web-share.
const PERMISSIONS_POLICY = {
  accelerometer: [],
  autoplay: [],
  camera: [],
  displayCapture: [],
  encryptedMedia: [],
  fullscreen: [],
  geolocation: [],
  gyroscope: [],
  magnetometer: [],
  microphone: [],
  midi: [],
  payment: [],
  pictureInPicture: [],
  publickeyCredentialsGet: [],
  screenWakeLock: [],
  syncXhr: [],
  usb: [],
  xrSpatialTracking: [],
  browsingTopics: [],
};

/** Hashes of every inline <style> the Worker writes. */
function inlineStyleHashes(): string[] {
  const fontHashes = Object.values(assets.fonts).flatMap((f) => [f.cssHash, f.cardCssHash]);
  return [...new Set([assets.cssHash, assets.embedCssHash, ...fontHashes])];
}

function htmlPolicy(frameAncestors: string[]) {
  return {
    defaultSrc: ["'self'"],
    // The one inline script is the boot loader (client/boot.ts), allowed by its hash.
    scriptSrc: ["'self'", assets.bootScriptHash],
    styleSrc: ["'self'", ...inlineStyleHashes()],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    frameAncestors,
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
  };
}

const common = {
  strictTransportSecurity: HSTS,
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'strict-origin-when-cross-origin',
  permissionsPolicy: PERMISSIONS_POLICY,
  crossOriginEmbedderPolicy: false,
  xXssProtection: false,
};

const policies: Record<ResponseKind, MiddlewareHandler> = {
  page: secureHeaders({
    ...common,
    contentSecurityPolicy: htmlPolicy(["'none'"]),
    xFrameOptions: 'DENY',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
  }),
  embed: secureHeaders({
    ...common,
    contentSecurityPolicy: htmlPolicy(['*']),
    xFrameOptions: false,
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'cross-origin',
  }),
  data: secureHeaders({
    ...common,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    xFrameOptions: 'DENY',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'cross-origin',
  }),
};

export const securityHeaders: MiddlewareHandler = (c, next) => policies[responseKind(c.req.path)](c, next);
