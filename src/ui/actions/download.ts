// Saving text as a file, without a server: a Blob URL clicked through a temporary link.
export function downloadText(filename: string, text: string, type = 'application/yaml'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/**
 * `<release>-<chart>-values.yaml` (or `<chart>-values.yaml` for the default release), so downloads
 * for several charts and releases do not overwrite each other. Names are reduced to safe characters.
 */
export function valuesFileName(chartName: string, releaseName: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  const chart = safe(chartName) || 'chart';
  const release = safe(releaseName);
  return release && release !== 'release-name' && release !== chart ? `${release}-${chart}-values.yaml` : `${chart}-values.yaml`;
}

/** Saves bytes (a zip) as a file. */
export function downloadBytes(filename: string, bytes: Uint8Array, type = 'application/zip'): void {
  // A copy on a plain ArrayBuffer: Blob does not take views of shared memory.
  downloadBlob(filename, new Blob([bytes.slice()], { type }));
}

function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies with the async clipboard API; false when the browser refuses (no permission, http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
