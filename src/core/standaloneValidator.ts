// Build time only (Node): a chart schema's ajv validator as the source of an ES module, so the page
// never compiles one with `new Function` and its Content-Security-Policy can forbid 'unsafe-eval'.
// The options are the run-time ones of createAjvValidator (same errors); the module imports ajv's
// small run-time helpers (string length, deep equal, formats) instead of `require`-ing them.
// src/core/standaloneValidator.test.ts checks it reports what the run-time validator reports.
import AjvModule from 'ajv';
import { _ } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone';
import type { TSchema } from 'typebox';

function unwrapDefault<T>(mod: T): T {
  const inner = (mod as { default?: T }).default;
  return typeof mod === 'function' ? mod : (inner ?? mod);
}
const Ajv = unwrapDefault(AjvModule);
const addFormats = unwrapDefault(addFormatsModule);
const standaloneCode = unwrapDefault(standaloneModule);

/** ajv names its helpers by path without ".js", which Node's ES modules (unlike bundlers) need. */
function withExtension(id: string): string {
  return /\/dist\/[^.]+$/.test(id) ? `${id}.js` : id;
}

/** ES module source whose default export is the compiled validate function of `schema`. */
export function standaloneValidatorModule(schema: TSchema): string {
  const ajv = new Ajv({
    allErrors: true, strict: false, useDefaults: false, verbose: true, validateSchema: false,
    code: { source: true, esm: true, optimize: false, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv);
  const source = standaloneCode(ajv, ajv.compile(schema));
  // `require("x")` -> an import of x's CommonJS exports (bundlers hand them over as the default).
  const modules: string[] = [];
  const body = source.replace(/require\("([^"]+)"\)/g, (_match, id: string) => {
    if (!modules.includes(id)) modules.push(id);
    return `__dep${modules.indexOf(id)}`;
  });
  // What `require` returned: bundlers put a CommonJS module's exports.default (ajv's helpers set
  // __esModule) at the namespace's default, Node puts module.exports there; either way take the
  // object that `require` would have given.
  const imports = modules
    .map((id, i) => `import * as __ns${i} from ${JSON.stringify(withExtension(id))};\nconst __dep${i} = __ns${i}.default && __ns${i}.default.__esModule ? __ns${i}.default : __ns${i};`)
    .join('\n');
  return `${imports}\n${body.replace(/^"use strict";/, '')}`;
}
