// Problems placed on the lines of the values.yaml text the user sees in the editor.
import { formatPath, parsePath } from '../../core/paths';
import type { Problem, Severity } from '../../core/types';
import { yamlPathLocator } from '../../core/yaml';

export interface EditorMarker {
  line: number;
  message: string;
  severity: Severity;
}

function markerMessage(problem: Problem): string {
  return problem.fix ? `${problem.message}\nFix: ${problem.fix}` : problem.message;
}

/**
 * Each problem at the line of the first parameter (or its nearest ancestor) the text holds.
 * Problems about values the text does not mention (defaults) get no marker: the problems panel
 * lists them.
 */
export function markersForText(text: string, problems: readonly Problem[]): EditorMarker[] {
  if (problems.length === 0) return [];
  let locate: ReturnType<typeof yamlPathLocator>;
  try {
    locate = yamlPathLocator(text);
  } catch {
    return [];
  }
  const out: EditorMarker[] = [];
  for (const problem of problems) {
    const line = problem.params.map((param) => lineOf(locate, param)).find((l) => l !== undefined);
    if (line !== undefined) out.push({ line, message: markerMessage(problem), severity: problem.severity });
  }
  return out;
}

function lineOf(locate: ReturnType<typeof yamlPathLocator>, param: string): number | undefined {
  const segs = parsePath(param);
  for (let n = segs.length; n > 0; n--) {
    const found = locate(formatPath(segs.slice(0, n)));
    if (found) return found.line;
  }
  return undefined;
}
