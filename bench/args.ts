// The bench scripts' command lines: each flag in turn, with a reader for its value.

/** Calls `visit` for each argument; `value()` takes the next one as the flag's value (an error when there is none). */
export function eachFlag(argv: readonly string[], visit: (flag: string, value: () => string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    visit(flag, () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      return value;
    });
  }
}
