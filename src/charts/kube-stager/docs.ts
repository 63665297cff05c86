// Section headings of the chart README that problems, presets, notices and fields cite.
export const DOC = {
  prerequisites: 'Prerequisites',
  installation: 'Installation',
  upgrading: 'Upgrading from v0.3.0',
  upgradeSteps: 'Upgrade Steps',
  v030: 'Maintaining v0.3.0 Behavior',
  ha: 'High Availability (HA)',
  monitoring: 'Monitoring',
  operatorConfig: 'Operator Configuration',
  resources: 'Resource Limits',
  values: 'Values',
} as const;
