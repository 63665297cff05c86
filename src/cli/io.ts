// What the command line touches outside itself, injected so tests run in memory.
export interface Io {
  out(text: string): void;
  err(line: string): void;
  /** A file's text; `-` is standard input. Throws a one-line reason (see readInput.ts). */
  readFile(path: string): string;
  /** Writes a binary file (bundle zips); absent in read-only uses. */
  writeFile?(path: string, data: Uint8Array): void;
}

/** Thrown for conditions that end the command with exit code 1 and one line on stderr. */
export class CliError extends Error {}
