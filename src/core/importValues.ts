// Checking a values.yaml the user pastes or uploads, with each finding placed on its line.
import { cachedValidator } from './schemaValidator';
import { parsePath, formatPath } from './paths';
import type { ChartModule, Problem, Values } from './types';
import { schemaIssueToProblem, sortProblems } from './validate';
import { defaultsFromSchema, isMap, mergeValues } from './values';
import { parseYamlText, yamlPathLocator, type DuplicateKey } from './yaml';

export interface LocatedProblem extends Problem {
  /** 1-based line in the imported text. */
  line?: number;
}

export function analyzeValuesText<V>(chart: ChartModule<V>, text: string): { values?: Values; problems: LocatedProblem[] } {
  // Helm keeps the last of a repeated key; so do we, with a warning at that line.
  const parsed = parseYamlText(text, { duplicateKeys: 'last-wins' });
  if (!parsed.ok) {
    return {
      problems: [{
        id: 'yaml-syntax',
        severity: 'error',
        message: `YAML syntax error at line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}`,
        fix: 'Correct the YAML and import again.',
        params: [],
        line: parsed.error.line,
      }],
    };
  }
  if (parsed.value === null || parsed.value === undefined) return { values: {}, problems: [] };
  if (!isMap(parsed.value)) {
    return {
      problems: [{
        id: 'yaml-not-a-map',
        severity: 'error',
        message: 'A values file must be a map of keys at its top level.',
        params: [],
        line: 1,
      }],
    };
  }
  const values = parsed.value;
  const locate = yamlPathLocator(text);
  const merged = mergeValues(defaultsFromSchema(chart.schema), values);
  const problems: LocatedProblem[] = cachedValidator(chart.schema)
    .validate(merged)
    .map((issue) => ({ ...schemaIssueToProblem(issue), line: lineOf(locate, issue.path) }));
  for (const dup of parsed.duplicates ?? []) problems.push(duplicateKeyProblem(dup));
  return { values, problems: sortProblems(problems) };
}

function duplicateKeyProblem(dup: DuplicateKey): LocatedProblem {
  return {
    id: 'duplicate-key',
    severity: 'warning',
    message: `${dup.path} is written more than once (lines ${dup.firstLine} and ${dup.line}); the last one, at line ${dup.line}, is used.`,
    why: 'Helm keeps only the last occurrence of a repeated key, so everything under the earlier one is ignored.',
    fix: 'Merge the two blocks into one.',
    params: [dup.path],
    line: dup.line,
  };
}

/** The line of the path, or of its nearest ancestor the text holds (a missing key's parent). */
function lineOf(locate: ReturnType<typeof yamlPathLocator>, path: string): number | undefined {
  const segs = parsePath(path);
  for (let n = segs.length; n > 0; n--) {
    const found = locate(formatPath(segs.slice(0, n)));
    if (found) return found.line;
  }
  return undefined;
}
