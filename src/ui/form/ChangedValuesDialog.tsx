// "What differs": every changed parameter with its chart default and its value now, side by side in
// a compact table. Choosing a parameter closes the dialog and jumps to its field.
import { useCallback, useRef } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDefault } from '../fields/logic';
import { useStoreSelector } from '../state/hooks';
import type { ValuesStore } from '../state/store';
import { MONO_FONTS } from '../theme';
import { changedRows, type ChangedRow } from './filters';
import { chartFieldPaths, chartFields } from './model';

function shown(row: ChangedRow, value: unknown): string {
  if (row.secret && value !== undefined && value !== '') return '(secret, hidden)';
  return formatDefault(value);
}

const cellSx = { fontFamily: MONO_FONTS, fontSize: 12.5, wordBreak: 'break-all', verticalAlign: 'top', py: 0.5 } as const;

function ChangedTable({ onChoose }: { onChoose(path: string): void }) {
  const rows = useStoreSelector(
    useCallback((s: ValuesStore) => changedRows(chartFields(s.chart.schema), chartFieldPaths(s.chart.schema), s.getEvaluation().values, s.defaults), []),
  );
  if (rows.length === 0) {
    return <Typography role="status">Nothing differs from the chart defaults.</Typography>;
  }
  return (
    <Table size="small" aria-label="Changed values beside the chart defaults" data-testid="changed-values">
      <TableHead>
        <TableRow>
          <TableCell>Parameter</TableCell>
          <TableCell>Chart default</TableCell>
          <TableCell>Now</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.path} data-changed-param={row.path}>
            <TableCell sx={cellSx}>
              {row.known ? (
                <Link component="button" type="button" onClick={() => onChoose(row.path)} sx={{ fontFamily: 'inherit', textAlign: 'left' }}>
                  {row.path}
                </Link>
              ) : (
                <span title="Not a parameter of this chart version: helm ignores it">{row.path} (unknown)</span>
              )}
            </TableCell>
            <TableCell sx={cellSx}>{shown(row, row.defaultValue)}</TableCell>
            <TableCell sx={cellSx}>{shown(row, row.value)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** `onChoose` runs once the dialog has closed, so the jump's focus is not taken back by the dialog. */
export function ChangedValuesDialog({ open, onClose, onChoose }: { open: boolean; onClose(): void; onChoose(path: string): void }) {
  const chosen = useRef<string | undefined>(undefined);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="changed-values-title"
      slotProps={{
        transition: {
          onExited: () => {
            const path = chosen.current;
            chosen.current = undefined;
            if (path !== undefined) onChoose(path);
          },
        },
      }}
    >
      <DialogTitle id="changed-values-title">What differs from the chart defaults</DialogTitle>
      <DialogContent dividers>
        {open && (
          <ChangedTable
            onChoose={(path) => {
              chosen.current = path;
              onClose();
            }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
