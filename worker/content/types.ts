// The shapes of content/. Ids are plain strings, checked against the data by content tests.

export type FigureId = string;
export type StepId = string;
export type SourceId = string;
export type PlaceId = string;
export type PopulationId = string;

export type Unit = 'percent' | 'people' | 'cases';
export type Qualifier = 'exact' | 'more-than' | 'range';

export interface Range {
  low: number;
  high: number;
}

export interface Period {
  from: number;
  to: number;
  approximate?: boolean;
}

export interface Derivation {
  op: 'relative-decrease';
  from: FigureId;
  to: FigureId;
}

/** A figure as stored in content/data/figures.json: either a value or a derivation. */
export interface FigureRecord {
  id: FigureId;
  value?: number | Range;
  derived?: Derivation;
  unit: Unit;
  decimals: number;
  qualifier: Qualifier;
  year: number | null;
  period?: Period;
  population: PopulationId;
  places: PlaceId[];
  source: SourceId;
}

/** A figure with its value resolved (derived figures computed). */
export interface Figure extends Omit<FigureRecord, 'value'> {
  value: number | Range;
}

export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  date: string;
  url?: string;
}

export interface Dataset {
  title: string;
  version: string;
  lastUpdated: string;
  sources: Source[];
  places: PlaceId[];
  populations: Record<PopulationId, { maxAge?: number }>;
  timeline: Record<string, number>;
  figures: FigureRecord[];
}

export interface StepRecord {
  id: StepId;
  figures: FigureId[];
}

/** A version of the data; what changed is `changelog.<version>` in each locale's text file. */
export interface ChangelogEntry {
  version: string;
  date: string;
}

/** English messages are plain strings. */
export type SourceMessages = Record<string, string>;

/** A translated message records a hash of the English text it translates, to detect stale text. */
export interface TranslatedMessage {
  text: string;
  en: string;
}
export type TranslatedMessages = Record<string, TranslatedMessage>;
