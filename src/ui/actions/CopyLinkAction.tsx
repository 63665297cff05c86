// "Copy link": copies a link holding the current values (secrets left out unless included) and
// shows it in a dialog, so it can also be selected by hand when the clipboard is not available.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LinkIcon from '@mui/icons-material/Link';
import { useStore } from '../state/hooks';
import { copyText } from './download';
import { buildShareLink, pageBase, type ShareLink } from './shareLink';

type CopyStatus = 'copying' | 'copied' | 'failed';

export function CopyLinkAction({ buttonSx }: { buttonSx?: object }) {
  const store = useStore();
  const build = (include: boolean) => {
    const { userValues, release } = store.getState();
    return buildShareLink(pageBase(location), store.chart, store.defaults, userValues, release, include);
  };
  return (
    <CopyLinkButton
      buttonSx={buttonSx}
      build={build}
      title="Share these values"
      intro="The link holds the values that differ from the defaults, packed into the part after “#”, which browsers never send to a server. Anyone who opens it sees this configuration."
      tooLongAdvice="download values.yaml instead"
    />
  );
}

export interface CopyLinkButtonProps {
  buttonSx?: object;
  /** The link with or without secrets; `omittedSecrets` of the one without names what is left out. */
  build(includeSecrets: boolean): ShareLink;
  title: string;
  intro: string;
  tooLongAdvice: string;
}

/** The "Copy link" button and its dialog, for one chart's values or a whole stack. */
export function CopyLinkButton({ buttonSx, build, title, intro, tooLongAdvice }: CopyLinkButtonProps) {
  const [open, setOpen] = useState(false);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [link, setLink] = useState<ShareLink | undefined>();
  const [secretPaths, setSecretPaths] = useState<string[]>([]);
  const [status, setStatus] = useState<CopyStatus>('copying');

  const makeAndCopy = (include: boolean) => {
    const next = build(include);
    setLink(next);
    setSecretPaths(include ? build(false).omittedSecrets : next.omittedSecrets);
    setStatus('copying');
    void copyText(next.url).then((ok) => setStatus(ok ? 'copied' : 'failed'));
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<LinkIcon />}
        sx={buttonSx}
        onClick={() => {
          setIncludeSecrets(false);
          makeAndCopy(false);
          setOpen(true);
        }}
      >
        Copy link
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="copy-link-title" maxWidth="sm" fullWidth>
        <DialogTitle id="copy-link-title">{title}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {intro}
          </Typography>
          <TextField
            label="Share link"
            value={link?.url ?? ''}
            fullWidth
            multiline
            maxRows={4}
            onFocus={(e) => e.target.select()}
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'share-link', style: { fontFamily: 'monospace', fontSize: 12 } } }}
          />
          <Typography role="status" variant="body2" sx={{ mt: 1, color: status === 'failed' ? 'warning.dark' : 'success.dark' }}>
            {status === 'copied' && 'Link copied to the clipboard.'}
            {status === 'failed' && 'This browser did not allow copying: select the link above and copy it yourself (Ctrl+C).'}
          </Typography>
          <FormControlLabel
            sx={{ mt: 1 }}
            control={
              <Checkbox
                checked={includeSecrets}
                onChange={(e) => {
                  setIncludeSecrets(e.target.checked);
                  makeAndCopy(e.target.checked);
                }}
              />
            }
            label="Include secrets"
          />
          {secretPaths.length > 0 && !includeSecrets && (
            <Alert severity="info" data-testid="omitted-secrets">
              Left out of the link (secrets): {secretPaths.join(', ')}. Whoever opens it sets them again, or tick “Include secrets”.
            </Alert>
          )}
          {secretPaths.length > 0 && includeSecrets && (
            <Alert severity="warning" data-testid="included-secrets">
              The link contains secrets ({secretPaths.join(', ')}). Share it only as you would share a password.
            </Alert>
          )}
          {secretPaths.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              No secrets are set, so the link holds everything.
            </Typography>
          )}
          {link?.tooLong && (
            <Alert severity="error" sx={{ mt: 1 }}>
              This link is longer than the app can open again; {tooLongAdvice}.
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => link && void copyText(link.url).then((ok) => setStatus(ok ? 'copied' : 'failed'))}>Copy to clipboard</Button>
          <Button variant="contained" onClick={() => setOpen(false)}>
            Done
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
