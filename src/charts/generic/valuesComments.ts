// The documentation a chart's values.yaml carries in its comments, by value path. Three
// conventions are read, the way chart authors write them:
//   helm-docs:  `# -- text` above a key (following `#` lines continue it; `# @default -- x` is not text)
//   Bitnami:    `## @param path [modifiers] text` anywhere, and `## @section Title` starting a section
//   plain:      the comment paragraph right above a key, unless it is commented-out YAML

export interface ValuesDocs {
  /** Description of a parameter by dotted path (`image.tag`). */
  descriptions: Map<string, string>;
  /** Bitnami sections in file order: title and the paths declared under it. */
  sections: { title: string; paths: string[] }[];
}

const BITNAMI_PARAM = /^#*\s*@param\s+(\S+)\s*(?:\[[^\]]*\]\s*)?(.*)$/;
const BITNAMI_SECTION = /^#*\s*@section\s+(.+)$/;
/** A comment line that is YAML someone commented out (`# key: value`, `# - item`), not prose. */
const COMMENTED_YAML = /^\s*(?:[\w.-]+:(?:\s|$)|-\s+\S|[{}[\]])/;

/** Dotted path segment for a key: dots inside a key are escaped as the core's paths expect. */
function pathOf(parent: string, key: string): string {
  const seg = key.replace(/\./g, '\\.');
  return parent === '' ? seg : `${parent}.${seg}`;
}

/** The comment paragraph closest to a key: lines after the last blank line, `#` already stripped. */
function lastParagraph(comment: string | null | undefined): string[] {
  if (!comment) return [];
  const lines = comment.split('\n');
  let start = lines.length;
  while (start > 0 && lines[start - 1].trim() !== '') start--;
  return lines.slice(start);
}

/** helm-docs text (`-- ...` and its continuation), or undefined when the block has no `--` marker. */
function helmDocsText(lines: string[]): string | undefined {
  const at = lines.findIndex((l) => /^#*\s*--\s/.test(l) || /^#*\s*--$/.test(l));
  if (at < 0) return undefined;
  const parts = [lines[at].replace(/^#*\s*--\s*/, '')];
  for (const line of lines.slice(at + 1)) {
    const text = line.replace(/^#*\s?/, '');
    if (/^\s*@(default|section|notationType|raw)\b/.test(text)) break;
    parts.push(text.trim());
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function plainText(lines: string[]): string | undefined {
  const prose = lines
    .map((l) => l.replace(/^#*/, ''))
    .filter((l) => l.trim() !== '' && !COMMENTED_YAML.test(l) && !/^\s*@/.test(l) && !/^[\s#=*-]+$/.test(l));
  // A paragraph that is mostly commented-out YAML is an example, not a description.
  if (prose.length === 0 || prose.length * 2 < lines.filter((l) => l.trim() !== '').length) return undefined;
  return prose.map((l) => l.trim()).join(' ');
}

/** A map key at the start of a line: `  key:`, `"a.b": `, `- key:` (a list item's key). */
const KEY_LINE = /^( *)(- +)?("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:,[\]{}][^#]*?|-[^\s#][^#]*?)\s*:(?:\s+(.*))?$/;

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return String(JSON.parse(key));
    } catch {
      return key.slice(1, -1);
    }
  }
  return key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key;
}

/**
 * Descriptions by path from the comments right above each map key, read line by line (indentation
 * gives the nesting): no YAML library is needed for comments, and a values.yaml that is not plain
 * block YAML only loses descriptions. Keys inside list items are skipped (lists are edited whole).
 */
function commentsByPath(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const stack: { indent: number; path: string; inList: boolean }[] = [];
  let pending: string[] = [];
  let blockIndent = -1; // inside a block scalar (`key: |`) deeper than this indent
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\t/g, '  ');
    const indent = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (blockIndent >= 0) {
      if (trimmed === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (trimmed === '') {
      pending.push('');
      continue;
    }
    if (trimmed.startsWith('#')) {
      pending.push(trimmed.replace(/^#/, ''));
      continue;
    }
    const key = KEY_LINE.exec(line);
    if (!key) {
      pending = [];
      continue;
    }
    const keyIndent = indent + (key[2]?.length ?? 0);
    while (stack.length > 0 && stack[stack.length - 1].indent >= (key[2] ? indent : keyIndent)) stack.pop();
    // A list item opens a frame at its dash, so the item's later keys (deeper than the dash) stay in it.
    if (key[2]) stack.push({ indent, path: stack[stack.length - 1]?.path ?? '', inList: true });
    const parent = stack[stack.length - 1];
    const inList = parent?.inList ?? false;
    const path = pathOf(parent?.path ?? '', unquote(key[3].trim()));
    stack.push({ indent: keyIndent, path, inList });
    if (!inList && stack.length <= 64) {
      const lines = lastParagraph(pending.join('\n'));
      const description = helmDocsText(lines) ?? plainText(lines);
      if (description && !out.has(path)) out.set(path, description);
    }
    pending = [];
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(key[4] ?? '')) blockIndent = keyIndent;
  }
  return out;
}

/** Every `## @param` and `## @section` line of the file, in order (Bitnami's convention). */
function bitnamiDocs(text: string): { descriptions: Map<string, string>; sections: ValuesDocs['sections'] } {
  const descriptions = new Map<string, string>();
  const sections: ValuesDocs['sections'] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('#')) continue;
    const section = BITNAMI_SECTION.exec(line);
    if (section) {
      sections.push({ title: section[1].trim(), paths: [] });
      continue;
    }
    const param = BITNAMI_PARAM.exec(line);
    if (!param) continue;
    descriptions.set(param[1], param[2].trim());
    sections.at(-1)?.paths.push(param[1]);
  }
  return { descriptions, sections };
}

/** Reads descriptions and sections from a values.yaml text. */
export function readValuesDocs(text: string): ValuesDocs {
  const bitnami = bitnamiDocs(text);
  const descriptions = new Map(bitnami.descriptions);
  for (const [path, description] of commentsByPath(text)) if (!descriptions.has(path)) descriptions.set(path, description);
  return { descriptions, sections: bitnami.sections };
}
