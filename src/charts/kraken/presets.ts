// Starting points taken from Kraken's deployment guide (and the chart's values-examples). Values
// the guide leaves to you (domains, keys) keep its example text, so the rules point at them.
import type { Preset } from '../../core/types';

const routes = [
  { path: '/', pathType: 'Prefix', service: 'frontend' },
  { path: '/api', pathType: 'Prefix', service: 'backend' },
  { path: '/socket.io', pathType: 'Prefix', service: 'backend' },
];

const host = (name: string) => [{ host: name, paths: routes }];

/**
 * The chart points the backend at `<release>-kraken-mongodb`, while the bundled MongoDB names its
 * Service after the release; naming the Service makes them meet for a release named "kraken".
 */
const bundledMongodb = () => ({ service: { nameOverride: 'kraken-mongodb' } });

export const presets: Preset[] = [
  {
    id: 'quick-start',
    title: 'Quick start',
    description:
      'Bundled MongoDB and Redis, your domain and LiveKit, for a release named "kraken". Paste two keys from `openssl rand -base64 32` into the JWT secrets. ' +
      'The whole host entry is set, since setting only the host name drops its routes; the MongoDB Service is named so the backend finds it.',
    doc: 'Quick start',
    values: {
      secrets: { jwtSecret: '', jwtRefreshSecret: '' },
      ingress: { hosts: host('kraken.yourdomain.com') },
      livekit: { url: 'wss://your-livekit-server.com', apiKey: 'YOUR_KEY', apiSecret: 'YOUR_SECRET' },
      mongodb: bundledMongodb(),
    },
  },
  {
    id: 'production',
    title: 'Production checklist',
    description:
      'The checklist of the guide: your own MongoDB replica set and Redis, secrets from a Secret you manage, TLS by cert-manager, ' +
      'resource limits and autoscaling for both workloads, and uploads on a ReadWriteMany volume. Fill in the addresses and the storage class.',
    doc: 'Production checklist',
    values: {
      backend: {
        resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1000m', memory: '1Gi' } },
        autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10, targetCPUUtilizationPercentage: 70 },
      },
      frontend: {
        resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
        autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 5 },
      },
      ingress: {
        hosts: host('kraken.yourdomain.com'),
        tls: { mode: 'cert-manager', certManager: { enabled: true, issuer: 'letsencrypt-prod' } },
      },
      mongodb: {
        bundled: false,
        external: { uri: 'mongodb://user:password@mongo-host:27017/kraken?replicaSet=rs0&retryWrites=true&w=majority' },
      },
      redis: { bundled: false, external: { host: 'redis.example.com', port: 6379 } },
      secrets: { existingSecret: 'kraken-secrets' },
      fileStorage: { enabled: true, size: '100Gi', storageClassName: 'your-rwx-storage-class' },
    },
  },
  {
    id: 'nfs-uploads',
    title: 'Uploads on NFS',
    description:
      'The chart creates an NFS PersistentVolume for uploads and binds the uploads claim to it. Replace the server and export path. ' +
      'For a release named "kraken", like the quick start: the bundled MongoDB Service is named so the backend finds it.',
    doc: 'File storage',
    values: {
      fileStorage: { enabled: true, size: '100Gi', storageClassName: '', nfs: { enabled: true, server: '10.0.0.100', path: '/mnt/pool/kraken/uploads' } },
      mongodb: bundledMongodb(),
    },
  },
  {
    id: 'replay-capture',
    title: 'Replay capture',
    description:
      'A ReadWriteMany volume the backend shares with LiveKit egress for replay segments. Point your egress at the same volume; not available with LiveKit Cloud. ' +
      'For a release named "kraken", like the quick start: the bundled MongoDB Service is named so the backend finds it.',
    doc: 'Replay storage (LiveKit egress)',
    values: {
      replayStorage: { enabled: true, size: '50Gi', storageClassName: 'your-rwx-storage-class' },
      mongodb: bundledMongodb(),
    },
  },
];
