// Object names, labels and annotations as the API server validates them (ObjectMeta).
import type { PathSeg } from '../../paths';
import { dns1035Label, dns1123Label, dns1123Subdomain, labelValue, pathSegmentName, qualifiedName } from '../apiNames';
import { fieldAt, mapEntries, podTemplates, type CheckEnv, type KubeRef } from '../context';

/**
 * Kinds whose names follow another rule than DNS-1123 subdomains: Services are DNS-1035 labels
 * (they must start with a letter), Namespaces DNS-1123 labels, RBAC objects any path segment.
 */
const NAME_RULE: Record<string, (v: string) => string | undefined> = {
  Service: dns1035Label,
  Namespace: dns1123Label,
  Role: pathSegmentName,
  ClusterRole: pathSegmentName,
  RoleBinding: pathSegmentName,
  ClusterRoleBinding: pathSegmentName,
};

/** Annotations of one object together may not exceed 256 KiB (keys and values). */
const ANNOTATIONS_MAX_BYTES = 256 * 1024;

export function checkNames(env: CheckEnv): void {
  for (const ref of env.refs) {
    if (ref.name === '') continue;
    const rule = (Object.hasOwn(NAME_RULE, ref.kind) ? NAME_RULE[ref.kind] : undefined) ?? dns1123Subdomain;
    const bad = rule(ref.name);
    if (bad) {
      env.report('kube-name', {
        ref,
        field: ['metadata', 'name'],
        severity: 'error',
        what: `"${ref.name}" is ${bad}.`,
        why: 'The API server refuses an object whose name is not a valid DNS name.',
        fix: 'Change the release name or the name override so the name is lower-case letters, digits and "-".',
      });
    }
  }
}

function checkLabelMap(env: CheckEnv, ref: KubeRef, at: readonly PathSeg[], map: unknown, what: string): void {
  for (const [key, value] of mapEntries(map)) {
    const badKey = qualifiedName(key);
    if (badKey) {
      env.report('kube-label', {
        ref, field: [...at, key], traceKey: true, severity: 'error',
        what: `is not a valid key: ${badKey}.`,
        why: `The API server refuses ${what} whose keys are not qualified names ([prefix/]name, the name at most 63 characters).`,
        fix: 'Rename the key: letters, digits, "-", "_" and ".", with an optional DNS prefix and "/".',
      });
    }
    if (typeof value !== 'string') {
      env.report('kube-label', {
        ref, field: [...at, key], severity: 'error',
        what: `is ${value === null ? 'null' : typeof value}, not a string.`,
        why: `${what[0].toUpperCase()}${what.slice(1)} map strings to strings; the API server refuses numbers, booleans and null.`,
        fix: 'Quote the value in values.yaml (e.g. "true" or "1").',
      });
      continue;
    }
    const badValue = labelValue(value);
    if (badValue) {
      env.report('kube-label', {
        ref, field: [...at, key], severity: 'error',
        what: `value "${value}" ${badValue}.`,
        why: `The API server refuses ${what} whose values are not valid label values.`,
        fix: 'Shorten the value to 63 characters of letters, digits, "-", "_" and ".", or move it to an annotation.',
      });
    }
  }
}

function checkAnnotationMap(env: CheckEnv, ref: KubeRef, at: readonly PathSeg[], map: unknown): void {
  let bytes = 0;
  for (const [key, value] of mapEntries(map)) {
    bytes += key.length + (typeof value === 'string' ? value.length : 0);
    const badKey = qualifiedName(key);
    if (badKey) {
      env.report('kube-annotation', {
        ref, field: [...at, key], traceKey: true, severity: 'error',
        what: `is not a valid key: ${badKey}.`,
        why: 'The API server refuses annotations whose keys are not qualified names ([prefix/]name).',
        fix: 'Rename the key: no spaces; letters, digits, "-", "_" and ".", with an optional DNS prefix and "/".',
      });
    }
    if (typeof value !== 'string') {
      env.report('kube-annotation', {
        ref, field: [...at, key], severity: 'error',
        what: `is ${value === null ? 'null' : typeof value}, not a string.`,
        why: 'Annotations map strings to strings; the API server refuses numbers, booleans and null.',
        fix: 'Quote the value in values.yaml (e.g. "true" or "1").',
      });
    }
  }
  if (bytes > ANNOTATIONS_MAX_BYTES) {
    env.report('kube-annotation', {
      ref, field: at, severity: 'error',
      what: `total ${bytes} bytes, more than 256 KiB.`,
      why: 'The API server refuses an object whose annotations together exceed 256 KiB.',
      fix: 'Move large data into a ConfigMap.',
    });
  }
}

export function checkLabelsAndAnnotations(env: CheckEnv): void {
  for (const ref of env.refs) {
    const meta = ref.object.metadata;
    checkLabelMap(env, ref, ['metadata', 'labels'], meta.labels, 'labels');
    checkAnnotationMap(env, ref, ['metadata', 'annotations'], meta.annotations);
  }
  for (const pod of podTemplates(env.refs)) {
    if (pod.ref.kind === 'Pod') continue; // its metadata was checked above
    const metaAt = pod.labelsAt.slice(0, -1);
    checkLabelMap(env, pod.ref, pod.labelsAt, pod.labels, 'pod labels');
    const annotations = [...metaAt, 'annotations'];
    checkAnnotationMap(env, pod.ref, annotations, fieldAt(pod.ref.object, annotations));
    checkLabelMap(env, pod.ref, [...pod.specAt, 'nodeSelector'], pod.spec.nodeSelector, 'node selectors');
  }
}
