/** The site is read-only: what every 405's Allow header and every OPTIONS answer name. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
