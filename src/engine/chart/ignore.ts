// .helmignore as helm 4.1.4's pkg/ignore reads it. Helm applies it (plus its default rule
// `templates/.?*`) only when loading a chart FOLDER; a packaged .tgz is read as is. Facts kept on
// purpose, checked against real helm:
// - rules are tried in order and the first decision wins; a rule without `/` matches the base name,
//   a rule with `/` the whole path, a leading `/` anchors at the chart root, a trailing `/` wants a dir;
// - a negated rule (`!x`) ignores every path it does NOT match (so `!keep.txt` alone ignores
//   Chart.yaml too, and helm then says "Chart.yaml file is missing");
// - `**` is refused ("double-star (**) syntax is not supported"), a malformed glob gives
//   "syntax error in pattern";
// - patterns are Go filepath.Match globs: `*` and `?` never cross `/`, `[...]`/`[^...]` classes, `\` escapes.
import { ChartError } from './types';

interface Pattern {
  negate: boolean;
  mustDir: boolean;
  /** Whole path, root-anchored, or base name only. */
  scope: 'path' | 'base';
  re: RegExp;
}

export class IgnoreRules {
  private readonly patterns: Pattern[] = [];

  /** Parses .helmignore text (one rule a line, `#` comments, blank lines skipped, BOM trimmed). */
  static parse(text: string): IgnoreRules {
    const rules = new IgnoreRules();
    for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) rules.add(line);
    return rules;
  }

  /** helm's AddDefaults: dotfiles in templates/ are never templates. */
  addDefaults(): void {
    this.add('templates/.?*');
  }

  add(line: string): void {
    let rule = line.trim();
    if (rule === '' || rule.startsWith('#')) return;
    if (rule.includes('**')) throw new ChartError('double-star (**) syntax is not supported');
    globToRegExp(rule); // helm refuses a pattern Go's filepath.Match cannot compile
    const negate = rule.startsWith('!');
    if (negate) rule = rule.slice(1);
    const mustDir = rule.endsWith('/');
    if (mustDir) rule = rule.slice(0, -1);
    let scope: Pattern['scope'] = 'base';
    if (rule.startsWith('/')) {
      rule = rule.slice(1);
      scope = 'path';
    } else if (rule.includes('/')) {
      scope = 'path';
    }
    this.patterns.push({ negate, mustDir, scope, re: globToRegExp(rule) });
  }

  /** Whether `path` (relative, `/`-separated) is ignored; `isDir` says whether it is a folder. */
  ignores(path: string, isDir: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false;
    for (const p of this.patterns) {
      const subject = p.scope === 'base' ? baseName(path) : path;
      if (p.negate) {
        if (p.mustDir && !isDir) return true;
        if (!p.re.test(subject)) return true;
        continue;
      }
      if (p.mustDir && !isDir) continue;
      if (p.re.test(subject)) return true;
    }
    return false;
  }
}

/** Go's filepath.Base for a `/`-separated relative path. */
function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function escapeClass(ch: string): string {
  return /[\\^\][-]/.test(ch) ? `\\${ch}` : ch;
}

const badPattern = (): ChartError => new ChartError('syntax error in pattern');

/** A Go filepath.Match pattern as an anchored RegExp; throws helm's error for malformed patterns. */
export function globToRegExp(pattern: string): RegExp {
  const chars = Array.from(pattern);
  let src = '';
  let i = 0;
  const escaped = (): string => {
    // One class member, `\` escaping the next character.
    if (i >= chars.length) throw badPattern();
    let ch = chars[i];
    if (ch === '-' || ch === ']') throw badPattern();
    if (ch === '\\') {
      i++;
      if (i >= chars.length) throw badPattern();
      ch = chars[i];
    }
    i++;
    return ch;
  };
  while (i < chars.length) {
    const ch = chars[i];
    if (ch === '*') {
      src += '[^/]*';
      i++;
    } else if (ch === '?') {
      src += '[^/]';
      i++;
    } else if (ch === '\\') {
      if (i + 1 >= chars.length) throw badPattern();
      src += escapeRe(chars[i + 1]);
      i += 2;
    } else if (ch === '[') {
      i++;
      let negated = false;
      if (chars[i] === '^') {
        negated = true;
        i++;
      }
      const ranges: string[] = [];
      for (;;) {
        if (i < chars.length && chars[i] === ']' && ranges.length > 0) {
          i++;
          break;
        }
        const lo = escaped();
        let hi = lo;
        if (chars[i] === '-') {
          i++;
          hi = escaped();
        }
        ranges.push(lo === hi ? escapeClass(lo) : `${escapeClass(lo)}-${escapeClass(hi)}`);
      }
      // A reversed range matches nothing in Go rather than failing: keep it harmless in JS too.
      const safe = ranges.map((r) => {
        const m = /^(\\?.)-(\\?.)$/u.exec(r);
        if (!m) return r;
        const lo = m[1].replace(/^\\/, '');
        const hi = m[2].replace(/^\\/, '');
        return lo.codePointAt(0)! > hi.codePointAt(0)! ? '' : r;
      });
      // Unlike `*` and `?`, a class may match `/` in Go.
      src += `[${negated ? '^' : ''}${safe.join('')}]`;
    } else {
      src += escapeRe(ch);
      i++;
    }
  }
  return new RegExp(`^${src}$`, 'su');
}
