// Every function helm v4.1.4's engine takes from Sprig v3.3 (sprig.TxtFuncMap minus env and
// expandenv). Helm's own functions (include, tpl, required, toYaml, fromYaml, toJson, fromJson,
// lookup...) are added over these by the helm layer, which also replaces Sprig's toJson/fromJson.
// Rarely called groups (dates, regex, URLs, hashes) are function packs (packs.ts): stand-ins here,
// their code loaded before the render that needs it.
import type { GoFunc } from '../value';
import type { FuncTable } from './args';
import { registerCrypto } from './crypto';
import { registerDefaults } from './defaults';
import { registerDicts } from './dicts';
import { registerEncoding } from './encoding';
import { registerLists } from './lists';
import { registerMath } from './math';
import { SPRIG_PACKS } from './packs';
import { registerSemver } from './semver';
import { registerStrings } from './strings';

let table: FuncTable | undefined;

export function sprigFunctions(): Map<string, GoFunc> {
  if (!table) {
    table = new Map();
    registerStrings(table);
    registerMath(table);
    registerDefaults(table);
    registerLists(table);
    registerDicts(table);
    registerEncoding(table);
    registerSemver(table);
    registerCrypto(table);
    for (const pack of SPRIG_PACKS) pack.register(table);
    table.set('hello', () => 'Hello!');
  }
  return new Map(table);
}

export { GoArgError, checkArg, goParamTypeName } from './args';
export { loadCrypto, prepareCrypto } from './crypto';
export { GeneratedMemo, withGeneratedMemo } from './generatedMemo';
export { SPRIG_PACKS } from './packs';
