// A small offline check of JSON-LD against schema.org's shapes for the types this site uses:
// for each type, the properties search engines require or recommend (Google's article and dataset
// guidelines), what each value must be, and the schema.org properties the type may carry at all,
// so a misspelt property is caught. schema-dts gives the same shapes at compile time.

type Check = (value: unknown, path: string) => string[];

const ok: string[] = [];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const text =
  (min = 1, max = Infinity): Check =>
  (v, path) =>
    typeof v !== 'string' || v.trim().length < min || v.length > max
      ? [`${path}: a text of ${min}–${max} characters, not ${JSON.stringify(v)}`]
      : ok;

const absoluteUrl: Check = (v, path) => {
  if (typeof v !== 'string') return [`${path}: an absolute URL, not ${JSON.stringify(v)}`];
  try {
    return /^https?:$/.test(new URL(v).protocol) ? ok : [`${path}: an http(s) URL, not ${v}`];
  } catch {
    return [`${path}: an absolute URL, not ${v}`];
  }
};

// ISO 8601 date or date-time, as schema.org's Date and DateTime.
const isoDate: Check = (v, path) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v))
    ? ok
    : [`${path}: an ISO 8601 date, not ${JSON.stringify(v)}`];

// A source's date may be a year or a year and month.
const isoDateOrYear: Check = (v, path) => (typeof v === 'string' && /^\d{4}(-\d{2})?$/.test(v) ? ok : isoDate(v, path));

// ISO 8601 interval of dates or years ("2000/2015", "2012-01-01/2015-12-31"), or a single one.
const isoInterval: Check = (v, path) =>
  typeof v === 'string' && v.split('/').length <= 2 && v.split('/').every((part) => isoDateOrYear(part, path).length === 0)
    ? ok
    : [`${path}: an ISO 8601 interval such as 2000/2015, not ${JSON.stringify(v)}`];

const language: Check = (v, path) =>
  typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? ok : [`${path}: a BCP 47 language tag, not ${JSON.stringify(v)}`];

const mime: Check = (v, path) =>
  typeof v === 'string' && /^[a-z]+\/[a-z0-9.+-]+$/.test(v) ? ok : [`${path}: a media type, not ${JSON.stringify(v)}`];

const versionValue: Check = (v, path) =>
  typeof v === 'number' || (typeof v === 'string' && v.length > 0) ? ok : [`${path}: a version, not ${JSON.stringify(v)}`];

const oneOf =
  (...checks: Check[]): Check =>
  (v, path) => {
    const results = checks.map((c) => c(v, path));
    return results.some((r) => r.length === 0) ? ok : results.flat();
  };

/** One value or a non-empty list of them. */
const oneOrMore =
  (check: Check): Check =>
  (v, path) =>
    Array.isArray(v)
      ? v.length === 0
        ? [`${path}: an empty list`]
        : v.flatMap((item, i) => check(item, `${path}[${i}]`))
      : check(v, path);

/** A node of one of these types, itself checked against its type's shape. */
const thing =
  (...types: string[]): Check =>
  (v, path) => {
    if (!isObject(v)) return [`${path}: a ${types.join(' or ')}, not ${JSON.stringify(v)}`];
    const type = v['@type'];
    if (typeof type !== 'string' || !types.includes(type)) return [`${path}: @type ${JSON.stringify(type)} is not ${types.join(' or ')}`];
    return checkNode(v, path);
  };

interface Shape {
  required: Record<string, Check>;
  recommended?: Record<string, Check>;
  /** Other schema.org properties of the type that this site may use, checked only for presence. */
  allowed?: string[];
}

const organizationOrPerson = thing('Organization', 'Person');

// Properties every CreativeWork may carry (schema.org/CreativeWork), as used here.
const CREATIVE_WORK = [
  'description',
  'url',
  'mainEntityOfPage',
  'isBasedOn',
  'citation',
  'datePublished',
  'dateModified',
  'inLanguage',
  'publisher',
  'author',
  'creator',
  'license',
  'image',
  'name',
  'headline',
  'version',
  'keywords',
];

export const SHAPES: Record<string, Shape> = {
  NewsArticle: {
    required: {
      headline: text(1, 110),
      datePublished: isoDate,
      dateModified: isoDate,
      inLanguage: language,
      image: oneOrMore(oneOf(absoluteUrl, thing('ImageObject'))),
      publisher: thing('Organization'),
    },
    recommended: { author: oneOrMore(organizationOrPerson), description: text(), url: absoluteUrl, mainEntityOfPage: absoluteUrl },
    allowed: CREATIVE_WORK,
  },
  Dataset: {
    required: {
      name: text(),
      // Google's dataset guideline: a description of 50 to 5,000 characters.
      description: text(50, 5000),
      license: oneOf(absoluteUrl, thing('CreativeWork')),
      creator: oneOrMore(organizationOrPerson),
      temporalCoverage: isoInterval,
      spatialCoverage: oneOrMore(oneOf(text(), thing('Place'))),
      distribution: oneOrMore(thing('DataDownload')),
      version: versionValue,
      dateModified: isoDate,
    },
    recommended: {
      url: absoluteUrl,
      inLanguage: language,
      publisher: organizationOrPerson,
      citation: oneOrMore(oneOf(text(), thing('CreativeWork'))),
    },
    allowed: [...CREATIVE_WORK, 'distribution', 'spatialCoverage', 'temporalCoverage', 'variableMeasured', 'identifier', 'sameAs'],
  },
  DataDownload: { required: { encodingFormat: mime, contentUrl: absoluteUrl }, allowed: ['name', 'description'] },
  Organization: { required: { name: text() }, recommended: { url: absoluteUrl }, allowed: ['logo', 'sameAs'] },
  Person: { required: { name: text() }, allowed: ['url'] },
  Place: { required: { name: text() }, allowed: ['geo', 'address'] },
  ImageObject: { required: { url: absoluteUrl }, allowed: ['width', 'height', 'caption'] },
  CreativeWork: {
    required: { name: text() },
    recommended: { publisher: organizationOrPerson, datePublished: isoDateOrYear },
    allowed: CREATIVE_WORK,
  },
};

function checkNode(node: Record<string, unknown>, path: string): string[] {
  const type = node['@type'];
  const shape = typeof type === 'string' ? SHAPES[type] : undefined;
  if (!shape) return [`${path}: no shape for @type ${JSON.stringify(type)}`];
  const problems: string[] = [];
  for (const [property, check] of Object.entries(shape.required)) {
    if (node[property] === undefined) problems.push(`${path}: ${type} lacks ${property}`);
    else problems.push(...check(node[property], `${path}.${property}`));
  }
  for (const [property, check] of Object.entries(shape.recommended ?? {})) {
    if (node[property] !== undefined) problems.push(...check(node[property], `${path}.${property}`));
  }
  const known = new Set([
    '@type',
    '@id',
    '@context',
    ...Object.keys(shape.required),
    ...Object.keys(shape.recommended ?? {}),
    ...(shape.allowed ?? []),
  ]);
  for (const property of Object.keys(node)) if (!known.has(property)) problems.push(`${path}: ${type} has no property ${property}`);
  return problems;
}

/** Every problem with a top-level JSON-LD object of the given type; empty when it passes. */
export function schemaOrgProblems(data: unknown, type: string): string[] {
  if (!isObject(data)) return ['$: not an object'];
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org')
    problems.push(`$: @context is ${JSON.stringify(data['@context'])}, not "https://schema.org"`);
  if (data['@type'] !== type) problems.push(`$: @type is ${JSON.stringify(data['@type'])}, not ${type}`);
  return [...problems, ...checkNode(data, '$')];
}

/** The JSON-LD scripts of an HTML page, parsed. */
export function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));
}
