import { describe, expect, it } from 'vitest';
import { FunctionPack, actionIdentifiers, functionPacks, preparePacks } from './functionPacks';
import { tomlPack } from './helm/dataFuncs';
import { SPRIG_PACKS } from './sprig/packs';
import { Templates } from './template';
import { signatureOf, withSignature, type GoFunc, type GoValue } from './value';

/** A pack of our own whose module load we control. */
function testPack(id: string, fnName: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  let imports = 0;
  const pack = new FunctionPack(id, { [fnName]: { params: ['string'] } }, async () => {
    imports++;
    await gate;
    return (t) => t.set(fnName, withSignature((s) => `<${s as string}>`, { params: ['string'] }));
  });
  return { pack, release, imports: () => imports };
}

describe('actionIdentifiers', () => {
  it('finds function names inside actions, not fields, variables or plain text', () => {
    const found = actionIdentifiers(['now and date here {{ .Values.now | date "x" }} {{ $ago := regexFind "a" .b.urlParse }}{{- sha256sum -}}']);
    expect([...found].sort()).toEqual(['a', 'date', 'regexFind', 'sha256sum', 'x']); // words in strings count too
  });
  it('reads an unclosed action to the end of the text', () => {
    expect([...actionIdentifiers(['a {{ toToml .x'])]).toEqual(['toToml']);
  });
});

describe('FunctionPack', () => {
  it('gives the parser stand-ins with signatures; a call before the load fails and starts the load', async () => {
    const { pack, release, imports } = testPack('p2-test-a', 'p2Wrap');
    const funcs = new Map<string, GoFunc>();
    pack.register(funcs);
    expect(signatureOf(funcs.get('p2Wrap')!)).toEqual({ params: ['string'] });
    const set = new Templates(funcs);
    set.parse('t', '{{ p2Wrap "x" }}');
    expect(() => set.execute('t', null)).toThrow(/p2Wrap is still loading/);
    expect(imports()).toBe(1);
    release();
    await pack.load();
    expect(set.execute('t', null)).toBe('<x>');
    // the executor still checks arguments against the declared signature
    set.parse('u', '{{ p2Wrap 3 }}');
    expect(() => set.execute('u', null)).toThrow(/expected string/);
  });

  it('preparePacks loads only the packs the texts name', async () => {
    const named = testPack('p2-test-b', 'p2Named');
    const other = testPack('p2-test-c', 'p2Other');
    named.release();
    await preparePacks(['{{ p2Named .x }}', 'p2Other outside any action']);
    expect(named.pack.loaded).toBe(true);
    expect(other.imports()).toBe(0);
    other.release();
  });

  it('a failed load can be retried', async () => {
    let fail = true;
    const pack = new FunctionPack('p2-test-d', { p2Flaky: null }, async () => {
      if (fail) throw new Error('offline');
      return (t) => t.set('p2Flaky', (() => 'ok') as GoFunc);
    });
    await expect(pack.load()).rejects.toThrow('offline');
    fail = false;
    await pack.load();
    expect(pack.implementation('p2Flaky')?.()).toBe('ok');
  });
});

describe("the engine's packs", () => {
  const packs = [...SPRIG_PACKS, tomlPack];

  it('are loaded under Node when the engine is imported', () => {
    for (const p of packs) expect(p.loaded, p.id).toBe(true);
    for (const p of packs) expect(functionPacks()).toContain(p);
  });

  it('declare exactly the functions and Go signatures their modules register', () => {
    for (const pack of packs) {
      for (const name of pack.names) {
        const real = pack.implementation(name);
        expect(real, `${pack.id}: ${name}`).toBeDefined();
        expect(signatureOf(real!) ?? null, `${pack.id}: ${name}`).toEqual(pack.signatures[name]);
      }
    }
  });

  it('work through their stand-ins in a template', () => {
    const funcs = new Map<string, GoFunc>();
    for (const p of packs) p.register(funcs);
    const set = new Templates(funcs);
    const m = Object.create(null) as Record<string, GoValue>;
    m.k = 'v';
    set.parse('u', '{{ sha256sum "abc" }} {{ regexReplaceAll "b+" "abbbc" "-" }} {{ (urlParse "https://x.io:8/p").host }} {{ toToml .m }}');
    expect(set.execute('u', { m })).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad a-c x.io:8 k = "v"\n');
  });
});
