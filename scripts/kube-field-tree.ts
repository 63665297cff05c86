// `npm run kube:fields`: writes src/core/kube/fields/fieldTree<set>.json, the field names and types
// of every Kubernetes kind we carry a validator for (src/core/kube/schemas136.ts, schemas133.ts),
// read with the TypeScript compiler API from the .d.ts files of the package that holds the set.
// The precompiled validators accept unknown fields; this tree is what catches them (fieldTree.ts).
// Run it after upgrading kubernetes-models; a unit test fails while the committed files are stale.
//   npx tsx scripts/kube-field-tree.ts           write the files, print their sizes
//   npx tsx scripts/kube-field-tree.ts --check   only compare (exit 1 when a file is stale)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import type { FieldTree } from '../src/core/kube/fieldTree';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface SchemaSet {
  set: string;
  /** The package folder holding the .d.ts files, laid out as <apiVersion>/<Kind>.d.ts. */
  packageDir: string;
  /** The file listing the kinds we carry validators for (`'apps/v1/Deployment': ...` lines). */
  kindsFile: string;
  out: string;
}

export const SCHEMA_SETS: readonly SchemaSet[] = [
  { set: '1.36', packageDir: 'node_modules/kubernetes-models', kindsFile: 'src/core/kube/schemas136.ts', out: 'src/core/kube/fields/fieldTree136.json' },
  { set: '1.33', packageDir: 'node_modules/kubernetes-models-1-33', kindsFile: 'src/core/kube/schemas133.ts', out: 'src/core/kube/fields/fieldTree133.json' },
];

/** Package names in the aliases that the OpenAPI definition names spell with a dash. */
const DASHED: [RegExp, string][] = [[/^io\.k8s\.kube\.aggregator\./, 'io.k8s.kube-aggregator.'], [/^io\.k8s\.apiextensions\.apiserver\./, 'io.k8s.apiextensions-apiserver.']];

/** `IIoK8sApiAppsV1DeploymentSpec` declared as `IDeploymentSpec` -> `io.k8s.api.apps.v1.DeploymentSpec`. */
export function definitionName(alias: string, localName: string): string {
  const typeName = localName.slice(1);
  const full = alias.slice(1);
  if (!full.endsWith(typeName)) throw new Error(`alias ${alias} does not end with ${typeName}`);
  let prefix = full.slice(0, full.length - typeName.length).replace(/([A-Z])/g, '.$1').toLowerCase().slice(1);
  for (const [from, to] of DASHED) prefix = prefix.replace(from, to);
  return `${prefix}.${typeName}`;
}

interface Declared {
  node: ts.InterfaceDeclaration | ts.TypeAliasDeclaration;
  file: ParsedFile;
  /** Set for interfaces: the OpenAPI definition name. */
  definition?: string;
}

interface ParsedFile {
  path: string;
  locals: Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>;
  /** Exported alias -> local name (`export type { IFoo as IIoK8s...Foo }`). */
  exports: Map<string, string>;
  /** Imported name -> module specifier. */
  imports: Map<string, string>;
}

class DtsReader {
  private readonly files = new Map<string, ParsedFile>();
  constructor(private readonly packageDir: string) {}

  file(path: string): ParsedFile {
    const known = this.files.get(path);
    if (known) return known;
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const parsed: ParsedFile = { path, locals: new Map(), exports: new Map(), imports: new Map() };
    for (const statement of source.statements) {
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) parsed.locals.set(statement.name.text, statement);
      else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) parsed.imports.set(el.name.text, statement.moduleSpecifier.text);
      } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const el of statement.exportClause.elements) parsed.exports.set(el.name.text, (el.propertyName ?? el.name).text);
      }
    }
    this.files.set(path, parsed);
    return parsed;
  }

  /** The .d.ts a module specifier of `from` names (relative, or a package beside this one). */
  private modulePath(from: ParsedFile, specifier: string): string {
    const base = specifier.replace(/\.js$/, '');
    if (base.startsWith('.')) return resolve(dirname(from.path), `${base}.d.ts`);
    for (const nodeModules of [join(this.packageDir, 'node_modules'), join(repo, 'node_modules')]) {
      const path = join(nodeModules, `${base}.d.ts`);
      if (existsSync(path)) return path;
    }
    throw new Error(`cannot resolve ${specifier} from ${from.path}`);
  }

  /** Where a type name used in `file` is declared. */
  resolveName(file: ParsedFile, name: string): Declared {
    const local = file.locals.get(name);
    if (local) return this.declared(file, local);
    const specifier = file.imports.get(name);
    if (!specifier) throw new Error(`${file.path}: ${name} is neither declared nor imported`);
    const target = this.file(this.modulePath(file, specifier));
    const localName = target.exports.get(name) ?? name;
    const node = target.locals.get(localName);
    if (!node) throw new Error(`${target.path}: no declaration of ${localName}`);
    return this.declared(target, node);
  }

  declared(file: ParsedFile, node: ts.InterfaceDeclaration | ts.TypeAliasDeclaration): Declared {
    if (!ts.isInterfaceDeclaration(node)) return { node, file };
    const local = node.name.text;
    const alias = [...file.exports].find(([exported, name]) => name === local && exported.startsWith('IIoK8s'))?.[0];
    if (!alias) throw new Error(`${file.path}: ${local} has no IIoK8s... alias`);
    return { node, file, definition: definitionName(alias, local) };
  }
}

/**
 * The tree's type codes (read by src/core/kube/fieldTree.ts): `*` open (no field check below),
 * `@Name` a definition, `[]X` list of X, `{}X` map of X, scalars as letters (`s` string, `n`
 * number, `b` boolean, `ns` number or string) with `=a|b` enum literals; a leading `!` marks a
 * required property.
 */
class TreeBuilder {
  readonly defs = new Map<string, Record<string, string>>();
  private readonly pending: Declared[] = [];

  constructor(private readonly reader: DtsReader) {}

  definitionOf(declared: Declared): string {
    const name = declared.definition;
    if (!name) throw new Error('not an interface');
    if (!this.defs.has(name)) {
      this.defs.set(name, {});
      this.pending.push(declared);
    }
    return name;
  }

  drain(): void {
    for (let next = this.pending.pop(); next; next = this.pending.pop()) this.fill(next);
  }

  private fill(declared: Declared): void {
    const node = declared.node as ts.InterfaceDeclaration;
    const name = declared.definition ?? '';
    const props = this.properties(declared.file, node.members, name);
    for (const clause of node.heritageClauses ?? []) {
      for (const t of clause.types) {
        // @kubernetes-models/base's TypeMeta: the kinds redeclare apiVersion and kind themselves.
        if (t.expression.getText(t.getSourceFile()) !== 'TypeMeta') throw new Error(`${declared.file.path}: extends ${t.expression.getText(t.getSourceFile())}`);
      }
    }
    this.defs.set(name, props);
  }

  /** `inside` names the definition, for the names of object types written inline in it. */
  private properties(file: ParsedFile, members: ts.NodeArray<ts.TypeElement>, inside: string): Record<string, string> {
    const props: Record<string, string> = {};
    for (const member of members) {
      if (ts.isPropertySignature(member) && member.type) {
        const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
        if (name === undefined) throw new Error(`${file.path}: computed property name in ${inside}`);
        props[name] = `${member.questionToken ? '' : '!'}${this.code(file, member.type, `${inside}.${name}`)}`;
      } else {
        throw new Error(`${file.path}: unexpected member in ${inside}`);
      }
    }
    return props;
  }

  code(file: ParsedFile, type: ts.TypeNode, inside: string): string {
    switch (type.kind) {
      case ts.SyntaxKind.StringKeyword: return 's';
      case ts.SyntaxKind.NumberKeyword: return 'n';
      case ts.SyntaxKind.BooleanKeyword: return 'b';
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword: return '*';
    }
    if (ts.isParenthesizedTypeNode(type)) return this.code(file, type.type, inside);
    if (ts.isArrayTypeNode(type)) return `[]${this.code(file, type.elementType, inside)}`;
    if (ts.isLiteralTypeNode(type) || ts.isUnionTypeNode(type)) return scalarCode(file, type);
    if (ts.isTypeLiteralNode(type)) {
      const [first, ...rest] = type.members;
      if (first && rest.length === 0 && ts.isIndexSignatureDeclaration(first)) {
        const value = this.code(file, first.type, inside);
        return value === '*' ? '*' : `{}${value}`;
      }
      // An object written inline (StatefulSet's volumeClaimTemplates): a definition named after
      // the property that holds it, e.g. `io.k8s.api.apps.v1.StatefulSetSpec.volumeClaimTemplates`.
      if (type.members.length === 0) return '*';
      this.defs.set(inside, {});
      this.defs.set(inside, this.properties(file, type.members, inside));
      return `@${inside}`;
    }
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const name = type.typeName.text;
      const args = type.typeArguments ?? [];
      if (name === 'Array' && args.length === 1) return `[]${this.code(file, args[0], inside)}`;
      if (name === 'Record' && args.length === 2) {
        const value = this.code(file, args[1], inside);
        return value === '*' ? '*' : `{}${value}`;
      }
      const declared = this.reader.resolveName(file, name);
      if (ts.isTypeAliasDeclaration(declared.node)) return this.code(declared.file, declared.node.type, inside);
      // No properties at all (RawExtension, FieldsV1): free-form objects, nothing to check below.
      if (declared.node.members.length === 0) return '*';
      return `@${this.definitionOf(declared)}`;
    }
    throw new Error(`${file.path}: unsupported type ${ts.SyntaxKind[type.kind]}`);
  }
}

/** A union of scalars and literals (`"Always" | "Never"`, `number | string`); null members dropped. */
function scalarCode(file: ParsedFile, type: ts.LiteralTypeNode | ts.UnionTypeNode): string {
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  const letters = new Set<string>();
  const literals: string[] = [];
  let openString = false;
  for (const m of members) {
    if (ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal)) {
      if (m.literal.text.includes('|')) throw new Error(`${file.path}: enum literal with "|"`);
      literals.push(m.literal.text);
      letters.add('s');
    } else if (ts.isLiteralTypeNode(m) && m.literal.kind === ts.SyntaxKind.NullKeyword) {
      continue;
    } else if (m.kind === ts.SyntaxKind.StringKeyword) {
      openString = true;
      letters.add('s');
    } else if (m.kind === ts.SyntaxKind.NumberKeyword) letters.add('n');
    else if (m.kind === ts.SyntaxKind.BooleanKeyword) letters.add('b');
    else throw new Error(`${file.path}: unsupported union member ${ts.SyntaxKind[m.kind]}`);
  }
  const scalar = [...letters].sort().join('');
  return literals.length > 0 && !openString && scalar === 's' ? `s=${literals.sort().join('|')}` : scalar;
}

/** `'apps/v1/Deployment': async () => ...` lines of a schemasNNN.ts file. */
function carriedKinds(kindsFile: string): string[] {
  return [...readFileSync(join(repo, kindsFile), 'utf8').matchAll(/^\s*'([^']+\/[^']+)':/gm)].map((m) => m[1]);
}

export function buildTree(set: SchemaSet): FieldTree {
  const packageDir = join(repo, set.packageDir);
  const reader = new DtsReader(packageDir);
  const builder = new TreeBuilder(reader);
  const roots: Record<string, string> = {};
  for (const key of carriedKinds(set.kindsFile)) {
    const file = reader.file(join(packageDir, `${key}.d.ts`));
    const kind = key.slice(key.lastIndexOf('/') + 1);
    const node = file.locals.get(`I${kind}`);
    if (!node) throw new Error(`${file.path}: no interface I${kind}`);
    roots[key] = builder.definitionOf(reader.declared(file, node));
  }
  builder.drain();
  const defs: Record<string, Record<string, string>> = {};
  for (const name of [...builder.defs.keys()].sort()) defs[name] = sortedKeys(builder.defs.get(name) ?? {});
  return { set: set.set, roots: sortedKeys(roots), defs };
}

function sortedKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One definition a line: a package upgrade shows as a readable diff. */
export function treeText(tree: FieldTree): string {
  const defs = Object.entries(tree.defs).map(([name, props]) => `${JSON.stringify(name)}:${JSON.stringify(props)}`);
  return `{"set":${JSON.stringify(tree.set)},\n"roots":${JSON.stringify(tree.roots)},\n"defs":{\n${defs.join(',\n')}\n}}\n`;
}

/** Each set's file and whether the committed one is current. */
export function treeFiles(): { set: SchemaSet; path: string; text: string; current: boolean }[] {
  return SCHEMA_SETS.map((set) => {
    const path = join(repo, set.out);
    const text = treeText(buildTree(set));
    return { set, path, text, current: existsSync(path) && readFileSync(path, 'utf8') === text };
  });
}

function main(): number {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { set, path, text, current } of treeFiles()) {
    const size = `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
    const defs = Object.keys((JSON.parse(text) as FieldTree).defs).length;
    if (current) {
      console.log(`${set.out}: current (${defs} definitions, ${size})`);
      continue;
    }
    stale++;
    if (check) {
      console.log(`${set.out}: STALE (run npm run kube:fields)`);
      continue;
    }
    writeFileSync(path, text);
    console.log(`${set.out}: written (${defs} definitions, ${size})`);
  }
  return check && stale > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
