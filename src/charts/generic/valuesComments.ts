// The documentation a chart's values.yaml carries in its comments, by value path. Three
// conventions are read, the way chart authors write them:
//   helm-docs:  `# -- text` above a key (following `#` lines continue it; `# @default -- x` is not text)
//   Bitnami:    `## @param path [modifiers] text` anywhere, and `## @section Title` starting a section
//   plain:      the comment paragraph right above a key, unless it is commented-out YAML
import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

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

function commentAbove(pair: Pair, index: number, parentValue: Node): string | null | undefined {
  const key = pair.key as Node | null;
  const own = key && 'commentBefore' in key ? key.commentBefore : undefined;
  // The yaml package hangs the first key's comment on its map (nested) or document (top level).
  if (own || index > 0) return own;
  return parentValue.commentBefore;
}

function walkComments(value: Node, parent: string, out: Map<string, string>, depth: number): void {
  if (depth > 64 || !isMap(value)) return;
  value.items.forEach((pair, index) => {
    if (!isScalar(pair.key)) return;
    const path = pathOf(parent, String(pair.key.value));
    const lines = lastParagraph(commentAbove(pair, index, value));
    const text = helmDocsText(lines) ?? plainText(lines);
    if (text && !out.has(path)) out.set(path, text);
    const child = pair.value as Node | null;
    if (child && isMap(child)) walkComments(child, path, out, depth + 1);
    else if (child && isSeq(child) && child.items.length > 0 && isMap(child.items[0])) {
      walkComments(child.items[0] as Node, `${path}[0]`, out, depth + 1);
    }
  });
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

/** Reads descriptions and sections from a parsed values.yaml document and its source text. */
export function readValuesDocs(doc: Document, text: string): ValuesDocs {
  const bitnami = bitnamiDocs(text);
  const descriptions = new Map(bitnami.descriptions);
  const contents = doc.contents as Node | null;
  if (contents) {
    const fromComments = new Map<string, string>();
    walkComments(contents, '', fromComments, 0);
    for (const [path, description] of fromComments) if (!descriptions.has(path)) descriptions.set(path, description);
  }
  return { descriptions, sections: bitnami.sections };
}
