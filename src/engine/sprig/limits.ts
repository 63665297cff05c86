// Caps on what one function call may build: a template must not exhaust the browser's memory.
export const MAX_STRING_BYTES = 64 * 1024 * 1024;
