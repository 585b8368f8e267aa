/** The API's version, the path segment after /api/: a breaking change gets a new one. */
export const API_VERSION = 'v1';
