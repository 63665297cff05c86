// The exact text helm's `toYaml` prints, for templates that embed it inside a string (kube-stager's
// ConfigMap holds the operator's config file as text, so the text itself is compared, not only its
// data). The algorithm (JSON round trip, then go-yaml v2's emitter) lives in the engine, which
// renders any chart; the curated charts use the same code through this name.
import type { GoValue } from '../engine/value';
import { toYaml } from '../engine/go/yaml';

/** `toYaml v` as helm prints it, without the trailing newline helm trims. */
export function toYamlText(v: unknown): string {
  return toYaml(v as GoValue);
}
