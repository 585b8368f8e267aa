// The shapes of content/. Shapes with a JSON Schema derive from ./shapes.ts, the one definition;
// ids are plain strings, checked against the data by content tests.
import type { FromSchema } from './json-schema';
import type { Shapes } from './shapes';

/** The type of a shape; `Defs` fills the shapes it leaves to others (the API's 'lang'). */
export type ShapeOf<Name extends keyof Defs, Defs = Shapes> = FromSchema<Defs[Name], Defs>;

export type FigureId = string;
export type StepId = string;
export type SourceId = string;
export type PlaceId = string;
export type PopulationId = string;

export type Unit = ShapeOf<'unit'>;
export type Qualifier = ShapeOf<'qualifier'>;
export type Range = ShapeOf<'range'>;
export type Period = ShapeOf<'period'>;
export type Derivation = ShapeOf<'derivation'>;
export type Source = ShapeOf<'source'>;

/** A figure as stored in content/data/figures.json: either a value or a derivation. */
export type FigureRecord = ShapeOf<'figureRecord'>;

/** A figure with its value resolved (derived figures computed). */
export type Figure = Omit<FigureRecord, 'value'> & { value: number | Range };

export type Dataset = ShapeOf<'datasetFile'>;

export interface StepRecord {
  id: StepId;
  figures: FigureId[];
}

/** A fact stated in prose or in the graphic (a message key), and the source it comes from. */
export interface Statement {
  key: string;
  source: string;
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
