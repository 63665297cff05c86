// Parses helm-style command lines: positional words, repeatable -f/--values, --set, --set-string,
// --namespace/-n, and boolean flags. Pure, so it is tested without spawning processes.

export interface ParsedArgs {
  command: string;
  positionals: string[];
  valueFiles: string[];
  /** --set and --set-string in the order given; helm applies all --set before all --set-string. */
  sets: { expr: string; forceString: boolean }[];
  namespace?: string;
  /** -o / --output: where `bundle` writes its zip. */
  output?: string;
  /** --stack FILE: a helmfile.yaml describing several releases. */
  stack?: string;
  /** --link-base URL: origin and path of the configurator, for the share link in a bundle's README. */
  linkBase?: string;
  /** --include-secrets: keep secret values in the share link. */
  includeSecrets: boolean;
  /** --kube-version V: the Kubernetes version the rendered objects are checked against. */
  kubeVersion?: string;
  /** `diff`: values files of the old (--from) and new (--to) side, and --set for one side only. */
  from: string[];
  to: string[];
  fromSets: string[];
  toSets: string[];
  /** `diff`: the old side's release name and namespace when they differ from the new side's. */
  fromRelease?: string;
  fromNamespace?: string;
  full: boolean;
  help: boolean;
}

export class UsageError extends Error {}

const TAKES_VALUE = new Set(['-f', '--values', '--set', '--set-string', '-n', '--namespace', '-o', '--output', '--stack', '--link-base', '--base', '--from', '--to', '--from-set', '--to-set', '--kube-version', '--from-release', '--from-namespace']);

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { command: '', positionals: [], valueFiles: [], sets: [], includeSecrets: false, from: [], to: [], fromSets: [], toSets: [], full: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    // Accept both `--set a=b` and `--set=a=b`.
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    if (TAKES_VALUE.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`flag ${flag} needs a value`);
      if (flag === '-f' || flag === '--values') out.valueFiles.push(...value.split(',').filter(Boolean));
      else if (flag === '--set') out.sets.push({ expr: value, forceString: false });
      else if (flag === '--set-string') out.sets.push({ expr: value, forceString: true });
      else if (flag === '-o' || flag === '--output') out.output = value;
      else if (flag === '--stack') out.stack = value;
      else if (flag === '--link-base' || flag === '--base') out.linkBase = value;
      else if (flag === '--kube-version') out.kubeVersion = value;
      else if (flag === '--from' || flag === '--to') out[flag === '--from' ? 'from' : 'to'].push(...value.split(',').filter(Boolean));
      else if (flag === '--from-release') out.fromRelease = value;
      else if (flag === '--from-namespace') out.fromNamespace = value;
      else if (flag === '--from-set' || flag === '--to-set') out[flag === '--from-set' ? 'fromSets' : 'toSets'].push(value);
      else out.namespace = value;
    } else if (flag === '--full') out.full = true;
    else if (flag === '--include-secrets') out.includeSecrets = true;
    else if (flag === '-h' || flag === '--help') out.help = true;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown flag ${flag}`);
    else if (!out.command) out.command = raw;
    else out.positionals.push(raw);
  }
  // helm order: every --set, then every --set-string (a stable partition keeps each group's order).
  out.sets = [...out.sets.filter((s) => !s.forceString), ...out.sets.filter((s) => s.forceString)];
  return out;
}
