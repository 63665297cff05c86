// Putting strings we did not write (values, names from links and files) into the text of a bundle:
// shell commands, Markdown and YAML comments. Each helper keeps the string on its line and inert,
// so a value cannot add a command, open a code fence or start a YAML key of its own.

/** Control characters (newlines included) and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Words the shell reads as they are: nothing to expand, split or redirect. */
const SHELL_PLAIN = /^[A-Za-z0-9@%+=:,./_-]+$/;

/**
 * One shell word: as it is when it holds nothing the shell would interpret, otherwise in single
 * quotes (inside which sh expands nothing; a quote is written as '\''). Control characters, which
 * would split the command over lines, become "?" first: a valid name never holds one.
 */
export function shellQuote(word: string): string {
  const clean = word.replace(CONTROL, '?');
  if (SHELL_PLAIN.test(clean)) return clean;
  return `'${clean.replace(/'/g, `'\\''`)}'`;
}

/** A command line of words, each quoted as needed. */
export function shellCommand(...words: string[]): string {
  return words.map(shellQuote).join(' ');
}

/** Control characters written as visible escapes (`\n`), so a string stays on one line. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Inline code in Markdown: one line, and no backtick to end the span early. */
export function mdCode(text: string): string {
  return `\`${oneLine(text).replace(/`/g, "'")}\``;
}

/**
 * Running Markdown text holding values: line breaks become spaces. A fence, a heading or a list item
 * only opens at the start of a line, so text kept on its line cannot open one (a backtick can at
 * most pair with another on the same line, which the chart's own messages use for code).
 */
export function mdText(text: string): string {
  return text.replace(/\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' ').replace(CONTROL, ' ');
}

/** A Markdown table cell: running text without a "|" that would end the cell. */
export function mdCell(text: string): string {
  return mdText(text).replace(/\|/g, '\\|');
}

/** Text after `# ` in a YAML (or shell) comment: one line, so it cannot end the comment. */
export function commentText(text: string): string {
  return oneLine(text);
}
