import { describe, expect, it } from 'vitest';
import { docSectionUrl, headingAnchor } from './docLink';

describe('README section links', () => {
  it('makes the anchors GitHub gives headings', () => {
    expect(headingAnchor('Quick Start (Local Testing with Minikube)')).toBe('quick-start-local-testing-with-minikube');
    expect(headingAnchor('AWS ALB Ingress (EKS)')).toBe('aws-alb-ingress-eks');
    expect(headingAnchor('Redis / Engine')).toBe('redis--engine');
    expect(headingAnchor('HPA Not Scaling')).toBe('hpa-not-scaling');
  });

  it('appends the anchor to the docs page, replacing one it had', () => {
    expect(docSectionUrl('https://github.com/o/r/tree/main/charts/x', 'Scaling')).toBe('https://github.com/o/r/tree/main/charts/x#scaling');
    expect(docSectionUrl('https://example.com/docs#old', 'New Part')).toBe('https://example.com/docs#new-part');
  });

  it('gives no link without a web page to point at', () => {
    expect(docSectionUrl('', 'Scaling')).toBeUndefined();
    expect(docSectionUrl('javascript:alert(1)', 'Scaling')).toBeUndefined();
  });
});
