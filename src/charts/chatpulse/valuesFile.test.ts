// The values.yaml we download for ChatPulse must mean the same to our CLI (which reads it as helm
// would) as the values it came from, for every fixture and preset.
import { describeValuesFileRoundTrip } from '../../core/testing/chartSuites';
import { chatpulse } from './index';

describeValuesFileRoundTrip(chatpulse, new URL('./fixtures/', import.meta.url), {
  headerContains: ['npm run --silent cli -- template <release> chatpulse -f values.yaml'],
});
