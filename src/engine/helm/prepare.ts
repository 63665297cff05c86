// Getting the engine ready for a chart before its first render. Rendering is synchronous, but parts
// of the engine's code load on demand (see ../functionPacks.ts): the function packs a chart's texts
// name, Sprig's key and certificate functions (with their RSA key pools), and the values.schema.json
// validator when the chart or a dependency has a schema. Under Node everything is loaded up front
// except crypto (await loadCrypto there), so this is for the browser.
import { hasAnySchema, loadSchemaValidator } from '../chart/schema';
import type { Chart } from '../chart/types';
import { loadAllPacks, preparePacks } from '../functionPacks';
import { prepareCrypto } from '../sprig';
import './dataFuncs'; // declares the toml pack

/** Texts scanned per file at most: a larger file (an image, an archive) names no function. */
const MAX_SCANNED_FILE = 1024 * 1024;

interface ChartTexts {
  templates: string[];
  /** values.yaml and the files templates read (.Files.Get), which charts may pass to `tpl`. */
  others: string[];
}

function collectTexts(chart: Chart, out: ChartTexts, depth = 0): ChartTexts {
  const decoder = new TextDecoder();
  for (const f of chart.templates) out.templates.push(decoder.decode(f.data));
  for (const f of [...chart.raw.filter((r) => r.name === 'values.yaml'), ...chart.files]) {
    if (f.data.length <= MAX_SCANNED_FILE) out.others.push(decoder.decode(f.data));
  }
  if (depth < 64) for (const dep of chart.dependencies) collectTexts(dep, out, depth + 1);
  return out;
}

/**
 * Loads what rendering `chart` (a loaded chart, every dependency included) needs. Then starts
 * loading the remaining function packs in the background: text a person types into a value may
 * reach `tpl` and name any function.
 */
export async function prepareEngine(chart: Chart): Promise<void> {
  const texts = collectTexts(chart, { templates: [], others: [] });
  await Promise.all([
    prepareCrypto(texts.templates),
    preparePacks([...texts.templates, ...texts.others]),
    hasAnySchema(chart) ? loadSchemaValidator() : undefined,
  ]);
  loadAllPacks().catch(() => undefined); // a stand-in says "still loading" until then
}
