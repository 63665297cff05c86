import { describePresets } from '../../core/testing/chartSuites';
import { chatpulse } from './index';

describePresets(chatpulse, {
  ids: ['production', 'external-secret', 'aws-alb', 'traefik-v3', 'single-pod'],
  minObjects: 5,
  expectedErrors: {
    // The guide's TOKEN_ENCRYPTION_KEY is a placeholder, and so is the ALB certificate ARN: both are
    // the user's to fill in. external-secret takes the key from an existing Secret.
    production: ['token-encryption-key'],
    'aws-alb': ['token-encryption-key', 'alb-certificate-placeholder'],
    'traefik-v3': ['token-encryption-key'],
    'single-pod': ['token-encryption-key'],
  },
});
