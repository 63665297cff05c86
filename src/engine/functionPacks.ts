// Function packs: template functions few charts call (dates, regular expressions, URLs, hashes,
// TOML), kept out of the engine's first download. The template parser must know every function name
// and the executor its Go signature, so each pack declares both here and registers stand-ins; the
// code behind them arrives with a dynamic import before the first render that needs it.
//
// When a pack loads:
// - in the browser, when a chart is opened (prepareEngine): the packs whose functions the chart's
//   template or values texts name inside {{ }} actions; the other packs then load in the background,
//   so a function named only in text the person types (and the chart passes to `tpl`) works a moment
//   later. Until its pack is there, a call fails with "NAME is still loading".
// - under Node (CLI, scripts, tests): every pack, when the engine is imported (top-level await), so
//   every function works synchronously, whatever text reaches `tpl`.
import { withSignature, type GoFunc, type GoSignature } from './value';

/** True under Node, where the engine loads all of its code up front. */
export const IN_NODE = typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';

export type FunctionTable = Map<string, GoFunc>;

/** What a pack's module gives: its functions, registered under their template names. */
export type PackRegister = (table: FunctionTable) => void;

const allPacks: FunctionPack[] = [];

export class FunctionPack {
  private table: FunctionTable | undefined;
  private loading: Promise<void> | undefined;

  /**
   * `signatures`: every function of the pack with its Go signature (null for an untyped one); a test
   * checks them against what the pack registers.
   */
  constructor(
    readonly id: string,
    readonly signatures: Readonly<Record<string, GoSignature | null>>,
    private readonly importer: () => Promise<PackRegister>,
  ) {
    allPacks.push(this);
  }

  get names(): string[] {
    return Object.keys(this.signatures);
  }

  get loaded(): boolean {
    return this.table !== undefined;
  }

  /** Loads the pack's code (once; a failed load may be retried). */
  load(): Promise<void> {
    this.loading ??= this.importer().then(
      (register) => {
        const table: FunctionTable = new Map();
        register(table);
        this.table = table;
      },
      (e: unknown) => {
        this.loading = undefined;
        throw e;
      },
    );
    return this.loading;
  }

  /** Stand-ins with the functions' signatures, calling the real ones once the pack is loaded. */
  register(t: FunctionTable): void {
    for (const name of this.names) {
      const sig = this.signatures[name];
      const stub: GoFunc = (...args) => this.call(name, args);
      t.set(name, sig ? withSignature(stub, sig) : stub);
    }
  }

  /** The loaded implementation of `name` (for tests comparing signatures). */
  implementation(name: string): GoFunc | undefined {
    return this.table?.get(name);
  }

  private call(name: string, args: Parameters<GoFunc>): ReturnType<GoFunc> {
    const fn = this.table?.get(name);
    if (fn) return fn(...args);
    this.load().catch(() => undefined); // the next render finds it
    throw new Error(`${name} is still loading (the "${this.id}" functions are fetched on first use); try again in a moment`);
  }
}

/** Every pack (those of the modules imported so far). */
export function functionPacks(): readonly FunctionPack[] {
  return allPacks;
}

export function loadAllPacks(): Promise<void> {
  return Promise.all(allPacks.map((p) => p.load())).then(() => undefined);
}

const MAX_SCANNED_CHARS = 64 * 1024 * 1024;

/**
 * Identifiers inside the {{ }} actions of `texts` that could name a function (not a field `.x` or a
 * variable `$x`). Words in strings or comments count too: a false hit only loads a pack early.
 */
export function actionIdentifiers(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  let budget = MAX_SCANNED_CHARS;
  for (const text of texts) {
    budget -= text.length;
    if (budget < 0) break;
    let at = text.indexOf('{{');
    while (at >= 0) {
      const end = text.indexOf('}}', at + 2);
      const action = text.slice(at + 2, end < 0 ? text.length : end);
      for (const m of action.matchAll(/(^|[^\w.$])([A-Za-z_]\w*)/g)) found.add(m[2]);
      if (end < 0) break;
      at = text.indexOf('{{', end + 2);
    }
  }
  return found;
}

/** Loads the packs whose functions `texts` name in their actions. */
export function preparePacks(texts: Iterable<string>): Promise<void> {
  const names = actionIdentifiers(texts);
  return Promise.all(allPacks.filter((p) => !p.loaded && p.names.some((n) => names.has(n))).map((p) => p.load())).then(() => undefined);
}
