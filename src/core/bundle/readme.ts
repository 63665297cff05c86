// README.md of a bundle: what it holds, what the cluster needs first, the exact commands, and every
// problem still open with its reason and fix, errors first.
import { DEFAULT_KUBE_VERSION } from '../kube/versions';
import { sortProblems } from '../validate';
import { GENERATED_PLACEHOLDER } from '../types';
import { fetchCommands, hasPinnedVersion, helmChartArg } from './chartSource';
import { manifestApplyOrder } from './manifestFiles';
import type { BundleProblem, ReleasePlan } from './plan';
import { prerequisitesOf } from './prerequisites';
import { mdCell, mdCode, mdText, shellCommand } from './quoting';

export interface ReadmeInput {
  plans: ReleasePlan[];
  /** Problems of every release and between releases. */
  problems: BundleProblem[];
  shareLink?: string;
  /** Secret values the share link leaves out (dotted paths, prefixed `release:` in a stack). */
  omittedSecrets?: string[];
  /** One line per binding between releases of a stack. */
  wiring?: string[];
}

// Every string below may come from values, links or files: code spans and text stay on their line
// (quoting.ts), and commands are built from quoted words.
const code = mdCode;

/** Namespaces the objects land in: the release's, or for plain manifests the ones they name. */
export function namespacesOf(plan: ReleasePlan): string[] {
  if (plan.source.kind !== 'manifests') return [plan.release.namespace];
  const names = new Set<string>();
  for (const { object } of plan.evaluation.objects) {
    if (object.kind === 'Namespace' && object.metadata.name) names.add(object.metadata.name);
    else if (object.metadata.namespace) names.add(object.metadata.namespace);
  }
  return names.size > 0 ? [...names] : [plan.release.namespace];
}

function sourceText(plan: ReleasePlan): string {
  const s = plan.source;
  switch (s.kind) {
    case 'repo':
      return `helm repository ${code(s.repoName)} (${s.repoUrl})`;
    case 'oci':
      return `OCI registry ${code(`oci://${s.registry}`)}`;
    case 'git':
      if (s.gitUrl) return `chart sources in git: ${s.gitUrl}${s.revision ? ` at ${code(s.revision)}` : ''}, path ${code(s.chartPath)}`;
      return s.chartPath.endsWith('.tgz') ? `the packaged chart in this bundle, ${code(s.chartPath)}` : `local chart directory ${code(s.chartPath)}`;
    case 'manifests':
      return 'plain Kubernetes manifests (no chart), applied with kubectl';
  }
}

export function installCommand(plan: ReleasePlan): string {
  if (plan.source.kind === 'manifests') return shellCommand('kubectl', 'apply', '-k', `${plan.folder}/manifests`);
  const version = hasPinnedVersion(plan.source) ? ['--version', plan.chart.version] : [];
  const { name, namespace } = plan.release;
  return shellCommand('helm', 'upgrade', '--install', name, helmChartArg(plan.source) ?? '', ...version, '--namespace', namespace, '--create-namespace', '-f', `${plan.folder}/values.yaml`);
}

/** The Kubernetes versions the plans were checked against (one in practice: a page or command picks one). */
function checkedVersions(plans: ReleasePlan[]): string {
  const versions = new Set(plans.map((p) => p.kubeVersion ?? DEFAULT_KUBE_VERSION));
  return versions.size > 0 ? [...versions].join(', ') : DEFAULT_KUBE_VERSION;
}

/**
 * For a chart the engine renders (its templates may read `.Capabilities.KubeVersion`): which
 * version manifests/ was rendered for, and that helm renders for the cluster's own at install.
 */
function renderedForText(plan: ReleasePlan): string {
  if (!plan.chart.renderText) return '';
  return ` They were rendered for Kubernetes ${mdText(plan.kubeVersion ?? DEFAULT_KUBE_VERSION)} (${code('.Capabilities.KubeVersion')}); ${code('helm upgrade --install')} renders for the version of the cluster it installs into.`;
}

function filesSection(plans: ReleasePlan[]): string[] {
  const lines = ['## Files', ''];
  for (const plan of plans) {
    const f = plan.folder;
    const use = plan.source.kind === 'manifests' ? 'the input of the configurator, which wrote the manifests from it' : `helm's ${code('-f')} file`;
    lines.push(`- ${code(`${f}/values.yaml`)}: the values that differ from the defaults (${use}). Its first line points editors with the YAML language server at the schema beside it.`);
    lines.push(`- ${code(`${f}/values.schema.json`)}: JSON Schema of every value of ${mdText(`${plan.chart.chartName} ${plan.chart.version}`)}, with defaults and descriptions.`);
    lines.push(
      plan.source.kind === 'manifests'
        ? `- ${code(`${f}/manifests/`)}: the manifests, one file per object kind as the guide names them, and a ${code('kustomization.yaml')} listing them in apply order.`
        : `- ${code(`${f}/manifests/`)}: the objects this configuration renders, laid out as ${code(`helm template ${plan.release.name} ... --output-dir ${f}/manifests`)} writes them, for review and diffs.${renderedForText(plan)}`,
    );
  }
  const charted = plans.filter((p) => p.source.kind !== 'manifests').length;
  lines.push(
    charted === plans.length ? `- ${code('helmfile.yaml')}: the same release${plans.length > 1 ? 's' : ''} for helmfile.`
    : charted > 0 ? `- ${code('helmfile.yaml')}: the helm releases for helmfile; plain manifests are named in a comment there and applied with kubectl.`
    : `- ${code('helmfile.yaml')}: no release (helmfile installs charts, and this is plain manifests); a comment says how to apply them.`,
  );
  return lines;
}

function prerequisitesSection(plans: ReleasePlan[]): string[] {
  const lines = ['## Before you install', ''];
  const merged = new Map<string, { title: string; detail: string; users: string[] }>();
  for (const plan of plans) {
    const others = plans.filter((p) => p !== plan).flatMap((p) => p.evaluation.objects);
    for (const p of prerequisitesOf(plan.evaluation.objects, plan.release.namespace, others)) {
      const users = p.objects.map((o) => (plans.length > 1 ? `${plan.release.name}: ${o}` : o));
      const found = merged.get(p.id);
      if (found) found.users.push(...users);
      else merged.set(p.id, { title: p.title, detail: p.detail, users });
    }
  }
  if (merged.size === 0) lines.push('Nothing beyond a Kubernetes cluster: the objects use only built-in kinds and create what they read.');
  for (const p of merged.values()) lines.push(`- **${mdText(p.title)}**: ${mdText(p.detail)} (${mdText(p.users.join(', '))})`);
  const notices = plans.flatMap((plan) => (plan.chart.notices ?? []).map((n) => ({ plan, n })));
  if (notices.length > 0) {
    lines.push('', 'Notes from the chart documentation:', '');
    for (const { plan, n } of notices) {
      const who = plans.length > 1 ? `${plan.release.name}, ` : '';
      lines.push(`- **${mdText(n.title)}** (${mdText(`${who}${plan.chart.name}${n.doc ? `, "${n.doc}"` : ''}`)}): ${mdText(n.text)}`);
    }
  }
  return lines;
}

function installSection(plans: ReleasePlan[]): string[] {
  const fetch = [...new Set(plans.flatMap((p) => fetchCommands(p.source)))];
  const lines = ['## Install', '', `Run from the folder this bundle was unpacked into${plans.length > 1 ? '; releases are in dependency order' : ''}.`, '', '```sh'];
  lines.push(...fetch, ...plans.map(installCommand), '```');
  const manifests = plans.filter((p) => p.source.kind === 'manifests');
  for (const plan of manifests) {
    lines.push(
      '',
      `${mdText(plan.chart.name)} is not a helm chart: ${code(installCommand(plan))} applies its files (kustomize orders them by kind, namespace first). To apply them one by one ${plan.applyOrder ? 'in the documented order' : 'in install order'} instead:`,
      '',
      '```sh',
      ...manifestApplyOrder(plan.evaluation.objects, plan.applyOrder).map((path) => shellCommand('kubectl', 'apply', '-f', `${plan.folder}/manifests/${path}`)),
      '```',
    );
  }
  const charted = plans.filter((p) => p.source.kind !== 'manifests');
  if (charted.length > 0) {
    lines.push(
      '',
      `With helmfile instead: ${code('helmfile apply')} in this folder installs ${charted.length > 1 ? 'the releases in the order of their `needs`' : 'the release'} (${code('apply')} needs the helm-diff plugin; ${code('helmfile sync')} does not).`,
    );
    if (manifests.length > 0) lines.push(`helmfile leaves out ${manifests.map((p) => code(p.release.name)).join(', ')}: apply ${manifests.length > 1 ? 'them' : 'it'} with kubectl as above, after ${code('helmfile apply')}.`);
  }
  if (plans.some((p) => p.source.kind !== 'manifests' && JSON.stringify(p.evaluation.objects).includes(GENERATED_PLACEHOLDER))) {
    lines.push('', `The manifests show ${code(GENERATED_PLACEHOLDER)} where the chart makes up a value at install (a password): install with helm, not by applying manifests/.`);
  }
  return lines;
}

function problemLines(p: BundleProblem, plans: ReleasePlan[], n: number): string[] {
  const who = p.release ? ` (${code(p.release)})` : plans.length > 1 ? ' (between releases)' : '';
  const lines = [`${n}. **${p.severity}**${who}: ${mdText(p.message)}`];
  if (p.params.length > 0) lines.push(`   - Parameters: ${p.params.map(code).join(', ')}`);
  if (p.why) lines.push(`   - Why: ${mdText(p.why)}`);
  if (p.fix) lines.push(`   - Fix: ${mdText(p.fix)}`);
  if (p.doc) {
    const chart = plans.find((plan) => plan.release.name === p.release)?.chart ?? (plans.length === 1 ? plans[0].chart : undefined);
    lines.push(`   - See: "${mdText(p.doc)}"${chart ? ` in [${mdText(chart.docs.title)}](${mdText(chart.docs.url)})` : ''}`);
  }
  return lines;
}

export function problemsSection(problems: BundleProblem[], plans: ReleasePlan[]): string[] {
  const sorted = sortProblems(problems);
  const count = (s: string) => sorted.filter((p) => p.severity === s).length;
  const lines = ['## Open problems', '', `Checked against Kubernetes ${mdText(checkedVersions(plans))}: the API versions it serves, its OpenAPI schema and the API server's own rules.`, ''];
  if (sorted.length === 0) return [...lines, 'None: the configurator found no problem.'];
  lines.push(`${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info, errors first.`, '');
  sorted.forEach((p, i) => lines.push(...problemLines(p, plans, i + 1)));
  return lines;
}

function summaryTable(plans: ReleasePlan[]): string[] {
  if (plans.length === 1) {
    const [plan] = plans;
    const { chart } = plan;
    return [
      '| | |',
      '|---|---|',
      `| Chart | ${code(chart.chartName)} ${mdCell(`${chart.version} (app ${chart.appVersion})`)} |`,
      `| Source | ${mdCell(sourceText(plan))} |`,
      `| Release | ${code(plan.release.name)} |`,
      `| Namespace | ${namespacesOf(plan).map(code).join(', ')} |`,
      `| Documentation | [${mdCell(chart.docs.title)}](${mdCell(chart.docs.url)}) |`,
    ];
  }
  return [
    '| Release | Namespace | Chart | Version | Source | Needs |',
    '|---|---|---|---|---|---|',
    ...plans.map((p) =>
      `| ${code(p.release.name)} | ${namespacesOf(p).map(code).join(', ')} | ${code(p.chart.chartName)} | ${mdCell(p.chart.version)} | ${mdCell(sourceText(p))} | ${p.needs.map(code).join(', ') || '-'} |`,
    ),
  ];
}

function linkLines(input: ReadmeInput): string[] {
  if (!input.shareLink) return [];
  const lines = ['', `Link that opens this configuration in the configurator: ${code(input.shareLink)}`];
  const omitted = input.omittedSecrets ?? [];
  if (omitted.length > 0) {
    lines.push('', `The link leaves out ${omitted.length} secret value(s) (${omitted.map(code).join(', ')}); they are in the values files of this bundle. Keep the bundle private.`);
  }
  return lines;
}

export function readmeText(input: ReadmeInput): string {
  const { plans } = input;
  const title =
    plans.length === 1
      ? `# ${mdText(`${plans[0].chart.name} ${plans[0].chart.version}`)}: release ${code(plans[0].release.name)} in namespace ${namespacesOf(plans[0]).map(code).join(', ')}`
      : `# Stack of ${plans.length} releases: ${mdText(plans.map((p) => `${p.release.name} (${p.chart.name})`).join(', '))}`;
  const lines = [title, '', 'Written by chart-configurator.', '', ...summaryTable(plans), ...linkLines(input), ''];
  if (input.wiring && input.wiring.length > 0) {
    lines.push('## Wiring between releases', '', ...input.wiring.map((w) => `- ${mdText(w)}`), '');
  }
  lines.push(...filesSection(plans), '', ...prerequisitesSection(plans), '', ...installSection(plans), '', ...problemsSection(input.problems, plans), '');
  return lines.join('\n');
}

