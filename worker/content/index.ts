// Typed access to content/: the only module that knows its file layout.
import datasetJson from '../../content/data/figures.json';
import changelogJson from '../../content/data/changelog.json';
import statementsJson from '../../content/data/statements.json';
import stepsJson from '../../content/story/steps.json';
import { stories } from '../generated/stories';
import { resolveFigures } from './derive';
import type { ChangelogEntry, Statement, Dataset, Figure, FigureId, SourceMessages, StepRecord, TranslatedMessages } from './types';

export * from './types';

export const dataset = datasetJson as unknown as Dataset;
export const changelog = changelogJson as ChangelogEntry[];
/** Facts the story and graphic state besides the figures, each with its source. */
export const statements = statementsJson as Statement[];
export const steps = stepsJson as StepRecord[];
export const figures: Figure[] = resolveFigures(dataset.figures);

const figuresById = new Map(figures.map((f) => [f.id, f]));

export function findFigure(id: FigureId): Figure | undefined {
  return figuresById.get(id);
}

/** Each locale's text file, by locale code: the source language's plain, the others translated. */
export const storyFiles = stories as Record<string, SourceMessages | TranslatedMessages>;

/** The first step that shows a figure: where a per-figure link opens the story. */
export function stepOfFigure(id: FigureId): StepRecord | undefined {
  return steps.find((s) => s.figures.includes(id));
}

/** Figures with their own page and share card: every figure a step shows. */
export const shareableFigures: Figure[] = figures.filter((f) => stepOfFigure(f.id) !== undefined);
