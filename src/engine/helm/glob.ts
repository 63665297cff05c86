// The glob dialect of `.Files.Glob` (github.com/gobwas/glob compiled with '/' as separator):
// `*` any run of non-'/' characters, `**` any run at all, `?` one non-'/' character, `[a-z]`,
// `[!a-z]` one character in / not in a set, `{a,b}` alternatives, `\x` a literal x. A pattern that
// does not compile matches everything, as helm falls back to "**".

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

function escapeRegex(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

class GlobSyntaxError extends Error {}

/** Translates a pattern into a regular expression body; throws GlobSyntaxError when it does not compile. */
function translate(pattern: string): string {
  let i = 0;
  let out = '';
  let depth = 0; // open `{` groups
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 >= pattern.length) throw new GlobSyntaxError('unexpected end of pattern after escape');
      out += escapeRegex(pattern[i + 1]);
      i += 2;
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '[\\s\\S]*';
        i += 2;
      } else {
        out += '[^/]*';
        i += 1;
      }
    } else if (c === '?') {
      out += '[^/]';
      i += 1;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) throw new GlobSyntaxError('unclosed [');
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      if (body === '') throw new GlobSyntaxError('empty character class');
      let cls = '';
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          if (body[j] > body[j + 2]) throw new GlobSyntaxError('bad range');
          cls += `${escapeRegex(body[j])}-${escapeRegex(body[j + 2])}`;
          j += 2;
        } else cls += escapeRegex(body[j]);
      }
      out += negate ? `[^${cls}]` : `[${cls}]`;
      i = end + 1;
    } else if (c === '{') {
      depth++;
      out += '(?:';
      i += 1;
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
      i += 1;
    } else if (c === ',' && depth > 0) {
      out += '|';
      i += 1;
    } else {
      out += escapeRegex(c);
      i += 1;
    }
  }
  if (depth > 0) throw new GlobSyntaxError('unclosed {');
  return out;
}

/** A matcher for a `.Files.Glob` pattern (capped in length: patterns come from templates). */
export function compileGlob(pattern: string): (name: string) => boolean {
  if (pattern.length > 4096) return () => true;
  let body: string;
  try {
    body = translate(pattern);
  } catch (e) {
    if (e instanceof GlobSyntaxError) return () => true;
    throw e;
  }
  const re = new RegExp(`^${body}$`, 'u');
  return (name) => re.test(name);
}
