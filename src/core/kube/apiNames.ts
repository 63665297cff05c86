// The API server's string rules that no OpenAPI schema holds (apimachinery's validation package):
// DNS-1123 / DNS-1035 names, qualified names (label and annotation keys), label values, port names.
// Each returns what is wrong in a few words, or undefined when the string is valid.

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export const LABEL_MAX = 63;
export const SUBDOMAIN_MAX = 253;
export const PORT_NAME_MAX = 15;

/** A check of at most `max` characters, then `pattern`; each returns what is wrong, or undefined. */
function cappedPattern(max: number, pattern: RegExp, wrong: string): (value: string) => string | undefined {
  return (value) => {
    if (value.length > max) return `longer than ${max} characters (${value.length})`;
    return pattern.test(value) ? undefined : wrong;
  };
}

export const dns1123Label = cappedPattern(LABEL_MAX, DNS1123_LABEL, 'not a DNS-1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit)');

export const dns1035Label = cappedPattern(LABEL_MAX, DNS1035_LABEL, 'not a DNS-1035 label (lower-case letters, digits and "-", starting with a letter, ending with a letter or digit)');

export const dns1123Subdomain = cappedPattern(
  SUBDOMAIN_MAX,
  DNS1123_SUBDOMAIN,
  'not a DNS-1123 subdomain (lower-case letters, digits, "-" and ".", each part starting and ending with a letter or digit)',
);

/** RBAC object names: any path segment (`system:auth-delegator` is fine), not `.`/`..`, no `/` or `%`. */
export function pathSegmentName(value: string): string | undefined {
  if (value === '.' || value === '..') return `may not be "${value}"`;
  if (/[/%]/.test(value)) return 'may not contain "/" or "%"';
  return undefined;
}

/** Label keys and annotation keys: `[prefix/]name`, the prefix a DNS-1123 subdomain, the name at most 63 characters. */
export function qualifiedName(value: string): string | undefined {
  const parts = value.split('/');
  if (parts.length > 2) return 'more than one "/" (a key is [prefix/]name)';
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === '') return 'empty prefix before "/"';
    const bad = dns1123Subdomain(prefix);
    if (bad) return `prefix "${prefix}" is ${bad}`;
  }
  if (name === '') return 'empty name';
  if (name.length > LABEL_MAX) return `name part longer than ${LABEL_MAX} characters (${name.length})`;
  if (!QUALIFIED_NAME_PART.test(name)) return 'name part must be letters, digits, "-", "_" or ".", starting and ending with a letter or digit';
  return undefined;
}

export const labelValue = cappedPattern(LABEL_MAX, LABEL_VALUE, 'must be empty or letters, digits, "-", "_" or ".", starting and ending with a letter or digit');

const ianaServiceName = cappedPattern(PORT_NAME_MAX, IANA_SVC_NAME, 'must be lower-case letters, digits and "-", starting and ending with a letter or digit');

/** Container and service target port names (IANA service names). */
export function portName(value: string): string | undefined {
  const wrong = ianaServiceName(value);
  if (wrong) return wrong;
  if (value.includes('--')) return 'must not contain "--"';
  if (!/[a-z]/.test(value)) return 'must contain at least one letter';
  return undefined;
}
