// Section headings of Kraken's deployment guide (docs/deployment/kubernetes.md), which problems,
// presets, notices and schema fields cite in `doc` / `x-doc`.
export const GUIDE_SECTIONS = [
  'Architecture',
  'Prerequisites',
  'Quick start',
  'Configuration',
  'Ingress',
  'MongoDB',
  'Redis',
  'LiveKit',
  'File storage',
  'Replay storage (LiveKit egress)',
  'Secrets management',
  'Resources and autoscaling',
  'Operations',
  'Troubleshooting',
  'Production checklist',
] as const;

export type GuideSection = (typeof GUIDE_SECTIONS)[number];
