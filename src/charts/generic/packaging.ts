// Packaging a chart opened from a folder into the .tgz a bundle carries, as `helm package` lays it
// out. The tar writer is needed only for such charts (an archive is carried as it came, a repository
// chart is referenced), so the browser loads it while opening a folder (loadPackager, from
// openChartReady); under Node it is loaded when this module is, so packaging stays synchronous.
import type * as TarWriteModule from '../../engine/chart/tarWrite';
import type { Chart } from '../../engine/chart/types';
import { IN_NODE } from '../../engine/functionPacks';

let writer: typeof TarWriteModule | undefined;
let loading: Promise<void> | undefined;

/** Loads the tar writer (once; a failed load may be retried). */
export function loadPackager(): Promise<void> {
  loading ??= import('../../engine/chart/tarWrite').then(
    (m) => {
      writer = m;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

if (IN_NODE) await loadPackager();

/** A file name made only of safe characters: Chart.yaml's name and version are the chart author's text. */
export function safeFileWord(text: string): string {
  return text.replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^\.+/, '_').slice(0, 100) || 'chart';
}

/** The chart as `helm package` lays it out: its files under a folder named after the chart. */
export function packageChart(chart: Chart): Uint8Array {
  if (!writer) {
    void loadPackager().catch(() => undefined);
    throw new Error('the chart packaging code is still loading: try again in a moment');
  }
  const top = safeFileWord(chart.metadata.name);
  return writer.tgz(chart.raw.map((f) => ({ name: `${top}/${f.name}`, body: f.data })));
}
