// Sprig's rarely called function groups as packs (see ../functionPacks.ts): each declared here with
// its functions' Go signatures, its code in a module of its own that the bundler splits off.
// Measured with the corpus: dates and URL functions appear in none of its eight charts' templates,
// regular expressions and hash sums in the Bitnami ones (through their common library) and a few
// others, the word and wrapping functions (words.ts) and float arithmetic (floats.ts) in none; the
// rest of Sprig is used everywhere and stays in the engine's chunk.
import { FunctionPack, IN_NODE, loadAllPacks } from '../functionPacks';
import type { GoSignature } from '../value';

const s = (...params: GoSignature['params']): GoSignature => ({ params });

export const datesPack = new FunctionPack(
  'dates',
  {
    now: s(),
    date: s('string', 'any'),
    dateInZone: s('string', 'any', 'string'),
    date_in_zone: s('string', 'any', 'string'),
    htmlDate: s('any'),
    htmlDateInZone: s('any', 'string'),
    dateModify: s('string', 'time'),
    date_modify: s('string', 'time'),
    mustDateModify: s('string', 'time'),
    must_date_modify: s('string', 'time'),
    ago: s('any'),
    duration: s('any'),
    durationRound: s('any'),
    toDate: s('string', 'string'),
    mustToDate: s('string', 'string'),
    unixEpoch: s('time'),
  },
  () => import('./dates').then((m) => m.registerDates),
);

export const regexPack = new FunctionPack(
  'regex',
  {
    regexMatch: s('string', 'string'),
    mustRegexMatch: s('string', 'string'),
    regexFindAll: s('string', 'string', 'int'),
    mustRegexFindAll: s('string', 'string', 'int'),
    regexFind: s('string', 'string'),
    mustRegexFind: s('string', 'string'),
    regexReplaceAll: s('string', 'string', 'string'),
    mustRegexReplaceAll: s('string', 'string', 'string'),
    regexReplaceAllLiteral: s('string', 'string', 'string'),
    mustRegexReplaceAllLiteral: s('string', 'string', 'string'),
    regexSplit: s('string', 'string', 'int'),
    mustRegexSplit: s('string', 'string', 'int'),
    regexQuoteMeta: s('string'),
  },
  () => import('./regex').then((m) => m.registerRegex),
);

export const urlsPack = new FunctionPack(
  'urls',
  {
    urlParse: s('string'),
    urlJoin: s('map'),
    getHostByName: s('string'),
  },
  () => import('./urls').then((m) => m.registerUrls),
);

export const hashesPack = new FunctionPack(
  'hashes',
  {
    sha1sum: s('string'),
    sha256sum: s('string'),
    sha512sum: s('string'),
    adler32sum: s('string'),
  },
  () => import('./hashes').then((m) => m.registerHashes),
);

export const wordsPack = new FunctionPack(
  'words',
  {
    untitle: s('string'),
    initials: s('string'),
    swapcase: s('string'),
    snakecase: s('string'),
    kebabcase: s('string'),
    camelcase: s('string'),
    wrap: s('int', 'string'),
    wrapWith: s('int', 'string', 'string'),
    abbrev: s('int', 'string'),
    abbrevboth: s('int', 'int', 'string'),
  },
  () => import('./words').then((m) => m.registerWords),
);

export const floatsPack = new FunctionPack(
  'floats',
  {
    maxf: { params: ['any'], variadic: 'any' },
    minf: { params: ['any'], variadic: 'any' },
    addf: { params: [], variadic: 'any' },
    add1f: s('any'),
    subf: { params: ['any'], variadic: 'any' },
    mulf: { params: ['any'], variadic: 'any' },
    divf: { params: ['any'], variadic: 'any' },
    round: { params: ['any', 'int'], variadic: 'float64' },
  },
  () => import('./floats').then((m) => m.registerFloats),
);

export const SPRIG_PACKS = [datesPack, regexPack, urlsPack, hashesPack, wordsPack, floatsPack] as const;

// Node runs everything synchronously from here on, whatever a template or `tpl` text calls.
if (IN_NODE) await loadAllPacks();
