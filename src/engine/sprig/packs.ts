// Sprig's rarely called function groups as packs (see ../functionPacks.ts): each declared here with
// its functions' Go signatures, its code in a module of its own that the bundler splits off.
// Measured with the corpus: dates and URL functions appear in none of its eight charts' templates,
// regular expressions and hash sums in the Bitnami ones (through their common library) and a few
// others; the rest of Sprig is used everywhere and stays in the engine's chunk.
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

export const SPRIG_PACKS = [datesPack, regexPack, urlsPack, hashesPack] as const;

// Node runs everything synchronously from here on, whatever a template or `tpl` text calls.
if (IN_NODE) await loadAllPacks();
