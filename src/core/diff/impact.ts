// What `helm upgrade` from one configuration to another does beyond the manifest diff: what the API
// server refuses (error), what costs downtime or data (warning), what rolls (info). Generic checks
// read the two renders; a chart adds its own (ChartModule.upgradeChecks).
import { sortProblems, type Evaluation } from '../pipeline';
import type { Problem, Release, Values } from '../types';
import { generatedValueProblems } from './generated';
import { immutableFieldProblems } from './immutable';
import { diffObjects } from './objects';
import { replacedProblems } from './replaced';
import type { UpgradeCheck, UpgradeInput } from './upgradeInput';
import { valueChanges } from './valueChanges';
import { volumeSizeProblems } from './volumes';
import { rolloutProblems, scaleProblems } from './workloads';

function genericProblems(input: UpgradeInput): Problem[] {
  const generated = generatedValueProblems(input);
  return [
    ...immutableFieldProblems(input),
    ...volumeSizeProblems(input),
    ...replacedProblems(input),
    ...scaleProblems(input),
    ...generated.problems,
    ...rolloutProblems(input, generated.keys),
  ];
}

/**
 * The upgrade's impact, errors first. A chart check's problem replaces the generic findings of the
 * same id (the chart knows its parameters and its remedies better); a check that throws is reported.
 * Empty when either side failed to render.
 */
export function upgradeImpact(input: {
  before: Evaluation;
  after: Evaluation;
  beforeValues: Values;
  afterValues: Values;
  release: Release;
  chartChecks?: UpgradeCheck[];
}): Problem[] {
  // A side that failed to render has no objects to compare; its error is shown on its own.
  if (input.before.renderError || input.after.renderError) return [];
  const { chartChecks = [], ...sides } = input;
  const full: UpgradeInput = {
    ...sides,
    objects: diffObjects(input.before.objects, input.after.objects),
    values: valueChanges(input.before.values, input.after.values),
  };
  const fromChart: Problem[] = [];
  for (const check of chartChecks) {
    try {
      fromChart.push(...check(full));
    } catch (e) {
      fromChart.push({ id: 'upgrade-check-failed', severity: 'warning', message: `An upgrade check of the chart could not run: ${e instanceof Error ? e.message : String(e)}`, params: [] });
    }
  }
  const replaced = new Set(fromChart.map((p) => p.id));
  return sortProblems([...fromChart, ...genericProblems(full).filter((p) => !replaced.has(p.id))]);
}

/** An upgrade the API server refuses (an immutable field, a shrinking volume). */
export function upgradeRefused(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error' && p.id.startsWith('upgrade-'));
}
