// The manifest files of ChatPulse's Kubernetes guide, in the order the guide applies them. Each
// rendered object names its file as `template`; a bundle writes the rendered ones in this order.

export const MANIFEST_FILES = {
  namespace: 'k8s/namespace.yaml',
  configMap: 'k8s/configmap.yaml',
  secret: 'k8s/secret.yaml',
  deployment: 'k8s/deployment.yaml',
  service: 'k8s/service.yaml',
  ingressNginx: 'k8s/ingress-nginx.yaml',
  ingressAlb: 'k8s/ingress-alb.yaml',
  /** The guide shows the Traefik IngressRoute without a file name; this one follows its pattern. */
  ingressTraefik: 'k8s/ingress-traefik.yaml',
  hpa: 'k8s/hpa.yaml',
  pdb: 'k8s/pdb.yaml',
  serviceMonitor: 'k8s/servicemonitor.yaml',
} as const;

/**
 * `kubectl apply -f` order of the guide. Only one of the three ingress files is rendered (by
 * `ingress.controller`), and switched-off objects have no file.
 */
export const APPLY_ORDER: readonly string[] = [
  MANIFEST_FILES.namespace,
  MANIFEST_FILES.configMap,
  MANIFEST_FILES.secret,
  MANIFEST_FILES.deployment,
  MANIFEST_FILES.service,
  MANIFEST_FILES.ingressNginx,
  MANIFEST_FILES.ingressAlb,
  MANIFEST_FILES.ingressTraefik,
  MANIFEST_FILES.hpa,
  MANIFEST_FILES.pdb,
  MANIFEST_FILES.serviceMonitor,
];
