import { describe, expect, it } from 'vitest';
import { findChart } from '../index';
import { GUIDE_SECTIONS } from './docs';
import { kraken } from './index';

describe('kraken module', () => {
  it('is registered under its id with the chart version it models', () => {
    expect(findChart('kraken')).toBe(kraken);
    expect([kraken.chartName, kraken.version, kraken.appVersion]).toEqual(['kraken', '0.0.1', '0.0.1']);
  });

  it('explains the subchart summaries and what the preview cannot show', () => {
    const notices = kraken.notices ?? [];
    expect(notices.map((n) => n.title)).toEqual([
      'Bundled MongoDB and Redis are summarised',
      'Passwords generated at install',
      'Declared but not implemented',
    ]);
    expect(notices[0].text).toMatch(/mongodb 15\.6\.22.*redis 19\.6\.4/s);
    expect(notices[0].text).toMatch(/not their exact output/);
    for (const n of notices) expect((GUIDE_SECTIONS as readonly string[]).includes(String(n.doc)), n.title).toBe(true);
  });
});
