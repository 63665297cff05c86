import { describe, expect, it } from 'vitest';
import { registryOrder } from './registryOrder';

describe('registryOrder', () => {
  it('follows the charts array, not the import order', () => {
    const source = `
import type { ChartModule, Values } from '../core/types';
import { alpha } from './alpha';
import { betaChart } from './beta-chart';
import { gamma } from "./gamma/index";
export const charts: ChartModule<Values>[] = [
  gamma as unknown as ChartModule<Values>,
  alpha as unknown as ChartModule<Values>, betaChart,
];
export function findChart(id: string) { return charts.find((c) => c.id === id); }
`;
    expect(registryOrder(source)).toEqual(['gamma', 'alpha', 'beta-chart']);
  });

  it('leaves out imports the list does not name', () => {
    const source = `import { a } from './a';\nimport { b } from './b';\nexport const charts = [b];\n`;
    expect(registryOrder(source)).toEqual(['b']);
  });

  it('is empty for a text without a charts list', () => {
    expect(registryOrder('export const x = 1;')).toEqual([]);
  });
});
