// The values.yaml we download for Kraken must mean the same to helm as the values it came from, for
// every fixture and preset (scripts/verify-helm.ts checks the same with the real helm).
import { describeValuesFileRoundTrip } from '../../core/testing/chartSuites';
import { kraken } from './index';

describeValuesFileRoundTrip(kraken, new URL('./fixtures/', import.meta.url), {
  headerContains: ['helm upgrade --install <release> oci://ghcr.io/krakenchat/charts/kraken --version 0.0.1 -f values.yaml'],
});
