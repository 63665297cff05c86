// The "Download bundle" button of a page header (chart or stack): makes the zip, saves it and says
// how it went. It imports no bundle code itself, so the chart page can still load that on the click.
import Button from '@mui/material/Button';
import FolderZip from '@mui/icons-material/FolderZip';
import type { PageMessage } from '../state/opening';
import { downloadBytes } from './download';

export interface MadeBundle {
  fileName: string;
  bytes: Uint8Array;
  /** Errors listed in the bundle's README; any makes the message a warning. */
  errors: number;
  /** What the page says after the download. */
  message: string;
}

export function DownloadBundleButton({
  title, sx, say, make, unavailable,
}: {
  /** Tooltip: what the zip holds. */
  title: string;
  sx?: object;
  say(message: PageMessage): void;
  make(): MadeBundle | Promise<MadeBundle>;
  /** Why there is nothing to bundle yet (said as a warning instead of downloading). */
  unavailable?: string;
}) {
  return (
    <Button
      color="inherit"
      startIcon={<FolderZip />}
      sx={sx}
      title={title}
      onClick={async () => {
        if (unavailable) {
          say({ id: 'action', severity: 'warning', text: unavailable });
          return;
        }
        try {
          const bundle = await make();
          downloadBytes(bundle.fileName, bundle.bytes);
          say({ id: 'action', severity: bundle.errors > 0 ? 'warning' : 'success', text: bundle.message });
        } catch (e) {
          say({ id: 'action', severity: 'error', text: `The bundle could not be made: ${e instanceof Error ? e.message : String(e)}` });
        }
      }}
    >
      Download bundle
    </Button>
  );
}
