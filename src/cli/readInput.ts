// Reading the files a command line names (-f values, --stack helmfiles and the files beside them)
// without trusting them: only regular files (or `-`, standard input), at most MAX_INPUT_FILE_BYTES
// read with a bounded read, and UTF-8 text as helm requires. `/dev/zero` or a FIFO is refused at
// once instead of reading forever.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_YAML_TEXT } from '../core/limits';
import { decodeUtf8 } from '../core/utf8';

export const MAX_INPUT_FILE_BYTES = MAX_YAML_TEXT;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Reads up to `limit + 1` bytes from `fd`, waiting briefly when a non-blocking input has none yet. */
function readBounded(fd: number, limit: number): Uint8Array {
  const buffer = new Uint8Array(limit + 1);
  let length = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (n === 0) return buffer.subarray(0, length);
    length += n;
    if (length > limit) throw new Error(`it is larger than ${mib(limit)}; values files that big are refused`);
  }
}

/** The text of a file named on the command line (`-` is standard input); throws a one-line reason. */
export function readInputFile(path: string, limit = MAX_INPUT_FILE_BYTES): string {
  let bytes: Uint8Array;
  if (path === '-') {
    bytes = readBounded(0, limit);
  } else {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new Error('it is not a regular file');
      if (stat.size > limit) throw new Error(`it is ${mib(stat.size)}, larger than ${mib(limit)}; values files that big are refused`);
      bytes = readBounded(fd, limit);
    } finally {
      closeSync(fd);
    }
  }
  const text = decodeUtf8(bytes);
  if (!text.ok) throw new Error(text.error);
  return text.text;
}
