// Checking a values.yaml the user pastes or uploads, with each finding placed on its line.
import { cachedValidator } from './schemaValidator';
import { parsePath, formatPath } from './paths';
import type { ChartModule, Problem, Values } from './types';
import { schemaIssueToProblem, sortProblems } from './validate';
import { defaultsFromSchema, mergeValues } from './values';
import { readValuesText, valuesPathLocator, type DuplicateKey } from './yaml';

export interface LocatedProblem extends Problem {
  /** 1-based line in the imported text. */
  line?: number;
}

export function analyzeValuesText<V>(chart: ChartModule<V>, text: string): { values?: Values; problems: LocatedProblem[] } {
  // As helm reads -f: every document layered, the last of a repeated key kept (with a warning).
  const parsed = readValuesText(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return {
      problems: [parsed.notAMap
        ? { id: 'yaml-not-a-map', severity: 'error', message, params: [], line }
        : {
          id: 'yaml-syntax',
          severity: 'error',
          message: parsed.error.limit ? `The YAML cannot be read: ${message}.` : `YAML syntax error at line ${line}, column ${column}: ${message}`,
          fix: 'Correct the YAML and import again.',
          params: [],
          line,
        }],
    };
  }
  const { values } = parsed;
  if (Object.keys(values).length === 0 && parsed.duplicates.length === 0) return { values, problems: [] };
  const locate = valuesPathLocator(parsed.documents);
  const merged = mergeValues(defaultsFromSchema(chart.schema), values);
  const problems: LocatedProblem[] = cachedValidator(chart.schema)
    .validate(merged)
    .map((issue) => ({ ...schemaIssueToProblem(issue), line: lineOf(locate, issue.path) }));
  for (const dup of parsed.duplicates) problems.push(duplicateKeyProblem(dup));
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
function lineOf(locate: ReturnType<typeof valuesPathLocator>, path: string): number | undefined {
  const segs = parsePath(path);
  for (let n = segs.length; n > 0; n--) {
    const found = locate(formatPath(segs.slice(0, n)));
    if (found) return found.line;
  }
  return undefined;
}
