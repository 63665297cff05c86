// Helm's own checks on the release name and namespace, so the form can say what helm would refuse.
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** helm accepts dot-separated DNS labels as release names. */
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function releaseNameError(name: string): string | undefined {
  if (name === '') return 'Enter a release name.';
  if (name.length > 53) return `At most 53 characters (helm's limit); this one has ${name.length}.`;
  if (!RELEASE_NAME.test(name)) return 'Lower-case letters, digits, "-" and ".", starting and ending with a letter or digit.';
  return undefined;
}

export function namespaceError(namespace: string): string | undefined {
  if (namespace === '') return 'Enter a namespace.';
  if (namespace.length > 63) return `At most 63 characters; this one has ${namespace.length}.`;
  if (!DNS_LABEL.test(namespace)) return 'Lower-case letters, digits and "-", starting and ending with a letter or digit.';
  return undefined;
}
