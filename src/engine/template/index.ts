// Go's text/template for helm: a set of named templates sharing one function map, parsed once and
// executed many times. Execution follows Go 1.25 with helm's option missingkey=zero.
//
//   const t = new Templates(funcs);
//   t.parse('mychart/templates/a.yaml', text);   // also adds its {{define}}/{{block}} templates
//   t.execute('mychart/templates/a.yaml', data); // the output, or a TemplateError worded as Go's
import type { GoFunc, GoValue } from '../value';
import { quote } from '../go/strconv';
import { isEmptyTree } from './ast';
import type { Tree } from './ast';
import { TemplateError } from './errors';
import { execute } from './exec';
import { BUILTIN_NAMES } from './builtins';
import { parseTemplates } from './parser';

export { TemplateError } from './errors';
export type { TemplateErrorParts } from './errors';
export { isTrue } from './truth';
export { currentCallSite } from './exec';

/** The name of the set's root template, as helm names it (`template.New("gotpl")`). */
const ROOT_NAME = 'gotpl';

export class Templates {
  private readonly funcs: ReadonlyMap<string, GoFunc>;
  private readonly trees: Map<string, Tree>;

  /** `funcs` are the functions known at parse time, as Go's Funcs(); they override the builtins. */
  constructor(funcs: ReadonlyMap<string, GoFunc>, trees?: Map<string, Tree>) {
    this.funcs = funcs;
    this.trees = trees ?? new Map();
  }

  /**
   * Parses `text` as the template `name`, adding its define/block templates. As in Go, a template
   * defined again replaces the earlier one, unless the new one is empty (only spaces and comments).
   * Throws TemplateError worded as Go's parse errors.
   */
  parse(name: string, text: string): void {
    const hasFunction = (fn: string): boolean => this.funcs.has(fn) || BUILTIN_NAMES.has(fn);
    const parsed = parseTemplates(name, text, hasFunction);
    for (const [treeName, tree] of parsed) {
      const old = this.trees.get(treeName);
      if (old && isEmptyTree(tree.root)) continue;
      this.trees.set(treeName, tree);
    }
  }

  has(name: string): boolean {
    return this.trees.has(name);
  }

  /** The names of every template in the set. */
  names(): string[] {
    return [...this.trees.keys()];
  }

  /** Runs template `name` with `data` as dot and `$`. Throws TemplateError as Go words it. */
  execute(name: string, data: GoValue): string {
    const tree = this.trees.get(name);
    if (!tree) {
      const reason = `no template ${quote(name)} associated with template ${quote(ROOT_NAME)}`;
      throw new TemplateError({ kind: 'exec', templateName: ROOT_NAME, line: 0, reason }, `template: ${reason}`);
    }
    return execute(tree, data, this.trees, this.funcs);
  }

  /** A copy sharing the parsed trees (they are immutable), for helm's `tpl`. */
  clone(): Templates {
    return new Templates(this.funcs, new Map(this.trees));
  }
}
