// "Add release": pick a chart, a release name (unique in the stack) and a namespace.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ChartModule, Release, Values } from '../../core/types';
import { namespaceError, releaseNameError } from '../../core/releaseName';
import { uniqueReleaseName } from './model';

export interface AddReleaseRequest {
  takenNames: readonly string[];
  /** Namespace to suggest (the open release's). */
  namespace: string;
}

export function AddReleaseDialog({
  charts, request, onAdd, onClose,
}: {
  charts: readonly ChartModule<Values>[];
  request: AddReleaseRequest | undefined;
  onAdd(chart: ChartModule<Values>, release: Release): void;
  onClose(): void;
}) {
  return (
    <Dialog open={request !== undefined} onClose={onClose} aria-labelledby="add-release-title" maxWidth="xs" fullWidth>
      {request && <AddReleaseForm charts={charts} request={request} onAdd={onAdd} onClose={onClose} />}
    </Dialog>
  );
}

function AddReleaseForm({
  charts, request, onAdd, onClose,
}: {
  charts: readonly ChartModule<Values>[];
  request: AddReleaseRequest;
  onAdd(chart: ChartModule<Values>, release: Release): void;
  onClose(): void;
}) {
  const [chartId, setChartId] = useState(charts[0]?.id ?? '');
  const [name, setName] = useState(() => uniqueReleaseName(charts[0]?.id ?? 'release', request.takenNames));
  const [nameTouched, setNameTouched] = useState(false);
  const [namespace, setNamespace] = useState(request.namespace);
  const [tried, setTried] = useState(false);
  const chart = charts.find((c) => c.id === chartId);
  const nameProblem = releaseNameError(name) ?? (request.takenNames.includes(name) ? `The stack already has a release named "${name}".` : undefined);
  const namespaceProblem = namespaceError(namespace);

  const submit = () => {
    setTried(true);
    if (!chart || nameProblem || namespaceProblem) return;
    onAdd(chart, { name, namespace });
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <DialogTitle id="add-release-title">Add a release</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <Typography variant="body2" color="text.secondary">
          A release is one chart installed under a name in a namespace, as <code>helm install NAME CHART -n NAMESPACE</code>.
        </Typography>
        <TextField
          select
          id="add-release-chart"
          label="Chart"
          value={chartId}
          onChange={(e) => {
            setChartId(e.target.value);
            if (!nameTouched) setName(uniqueReleaseName(e.target.value, request.takenNames));
          }}
          slotProps={{ select: { native: true } }}
        >
          {charts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} (chart {c.version})
            </option>
          ))}
        </TextField>
        <TextField
          id="add-release-name"
          label="Release name"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setNameTouched(true);
          }}
          error={(tried || nameTouched) && nameProblem !== undefined}
          helperText={(tried || nameTouched) && nameProblem}
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
        <TextField
          id="add-release-namespace"
          label="Namespace"
          value={namespace}
          onChange={(e) => setNamespace(e.target.value)}
          error={namespaceProblem !== undefined}
          helperText={namespaceProblem}
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained">
          Add
        </Button>
      </DialogActions>
    </form>
  );
}
