// The one check of release names and namespaces, for every path a name comes in by: the form, the
// CLI, share and stack links, helmfile imports, saved work. Helm refuses a release name that is not
// a dot-separated DNS-1123 name of at most 53 characters (helm v4 prints the regex below); Kubernetes
// refuses a namespace that is not a DNS-1123 label of at most 63. Names that pass are also safe as
// folder names in a bundle and as words in a shell command: no slash, space, quote or newline.
import type { Problem, Release } from './types';

export const RELEASE_NAME_MAX = 53;
export const NAMESPACE_MAX = 63;
/** helm v4's release name pattern, as its error message prints it. */
export const RELEASE_NAME_REGEX = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
const RELEASE_NAME = new RegExp(RELEASE_NAME_REGEX);
/** Kubernetes' DNS-1123 label pattern, as its error message prints it. */
export const NAMESPACE_REGEX = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const NAMESPACE = new RegExp(`^${NAMESPACE_REGEX}$`);

/** Problem params that stand for the release fields (helm's names; no values path starts with a dot). */
export const RELEASE_NAME_PARAM = '.Release.Name';
export const NAMESPACE_PARAM = '.Release.Namespace';

const GO_ESCAPES: Readonly<Record<string, string>> = { '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

/** A name as Go's %q prints it (helm quotes names this way), cut short so a message stays one line. */
export function goQuote(text: string, max = 80): string {
  const chars = [...text];
  const shown = chars.length > max ? chars.slice(0, max).join('') : text;
  let out = '"';
  for (const ch of shown) {
    const code = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (GO_ESCAPES[ch]) out += GO_ESCAPES[ch];
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029 || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"${chars.length > max ? '...' : ''}`;
}

export function isValidReleaseName(name: string): boolean {
  return name.length > 0 && name.length <= RELEASE_NAME_MAX && RELEASE_NAME.test(name);
}

export function isValidNamespace(namespace: string): boolean {
  return namespace.length > 0 && namespace.length <= NAMESPACE_MAX && NAMESPACE.test(namespace);
}

export function isValidRelease(release: Release): boolean {
  return isValidReleaseName(release.name) && isValidNamespace(release.namespace);
}

/** What a person reads next to the field; undefined when helm accepts the name. */
export function releaseNameError(name: string): string | undefined {
  if (name === '') return 'Enter a release name.';
  if (name.length > RELEASE_NAME_MAX) return `At most ${RELEASE_NAME_MAX} characters (helm's limit); this one has ${name.length}.`;
  if (!RELEASE_NAME.test(name)) return 'Lower-case letters, digits, "-" and ".", starting and ending with a letter or digit.';
  return undefined;
}

/** What a person reads next to the field; undefined when Kubernetes accepts the namespace. */
export function namespaceError(namespace: string): string | undefined {
  if (namespace === '') return 'Enter a namespace.';
  if (namespace.length > NAMESPACE_MAX) return `At most ${NAMESPACE_MAX} characters; this one has ${namespace.length}.`;
  if (!NAMESPACE.test(namespace)) return 'Lower-case letters, digits and "-", starting and ending with a letter or digit.';
  return undefined;
}

/** helm's own message for a refused name (helm v4.1, `helm template NAME`), for command lines. */
export function helmReleaseNameMessage(name: string): string | undefined {
  if (isValidReleaseName(name)) return undefined;
  const reason = name === '' ? 'no name provided' : `invalid release name, must match regex ${RELEASE_NAME_REGEX} and the length must not be longer than ${RELEASE_NAME_MAX}`;
  return `release name check failed: release name ${goQuote(name)}: ${reason}`;
}

/** Kubernetes' message for a refused namespace (the API server's wording for a DNS-1123 label). */
export function kubeNamespaceMessage(namespace: string): string | undefined {
  if (isValidNamespace(namespace)) return undefined;
  const reasons: string[] = [];
  if (namespace.length > NAMESPACE_MAX) reasons.push(`must be no more than ${NAMESPACE_MAX} characters`);
  if (!NAMESPACE.test(namespace)) {
    reasons.push(
      `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '${NAMESPACE_REGEX}')`,
    );
  }
  return `invalid namespace ${goQuote(namespace)}: ${reasons.join(', ')}`;
}

/** The first message of helmReleaseNameMessage / kubeNamespaceMessage, or undefined when both pass. */
export function releaseCheckMessage(release: Release): string | undefined {
  return helmReleaseNameMessage(release.name) ?? kubeNamespaceMessage(release.namespace);
}

/** Error problems for an invalid release name or namespace (none when both are valid). */
export function releaseProblems(release: Release): Problem[] {
  const problems: Problem[] = [];
  const nameError = releaseNameError(release.name);
  if (nameError) {
    problems.push({
      id: 'release-name',
      severity: 'error',
      message: `Release name ${goQuote(release.name)} is not valid: ${nameError}`,
      why: `helm refuses to render or install a release under this name (it must match ${RELEASE_NAME_REGEX}, at most ${RELEASE_NAME_MAX} characters), and the bundle uses it as a folder and in commands.`,
      fix: 'Change the release name, e.g. to "my-release".',
      params: [RELEASE_NAME_PARAM],
    });
  }
  const nsError = namespaceError(release.namespace);
  if (nsError) {
    problems.push({
      id: 'release-namespace',
      severity: 'error',
      message: `Namespace ${goQuote(release.namespace)} is not valid: ${nsError}`,
      why: `Kubernetes refuses a namespace that is not a DNS-1123 label (${NAMESPACE_REGEX}, at most ${NAMESPACE_MAX} characters).`,
      fix: 'Change the namespace, e.g. to "default".',
      params: [NAMESPACE_PARAM],
    });
  }
  return problems;
}
