// The Compare tab: the manifests of a baseline (chart defaults, last download, a snapshot, or what
// runs now) against the current ones in Monaco's diff editor, an outline of the objects that are
// added, changed or removed, and what upgrading from the baseline would do.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CameraAlt from '@mui/icons-material/CameraAlt';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import CloudDownload from '@mui/icons-material/CloudDownload';
import type { TSchema } from 'typebox';
import { diffObjects, unifiedDiff, upgradeImpact, type ObjectChange } from '../../core/diff';
import type { Evaluation } from '../../core/pipeline';
import type { SchemaValidator } from '../../core/schemaValidator';
import { BaselineImportDialog } from '../baseline/BaselineImportDialog';
import type { BaselineStore } from '../baseline/baselineStore';
import { chartFieldPaths } from '../form/model';
import type { FieldNavigator } from '../form/navigator';
import { EditorBoundary } from '../preview/EditorBoundary';
import { useEvaluation, useStore, useValuesState } from '../state/hooks';
import { loadSchemaValidator } from '../state/schemaCheck';
import { MONO_FONTS } from '../theme';
import { ChangeOutline } from './ChangeOutline';
import { changeLocations, changeSummary, countChanges, evaluateBaseline, outlineChanges, upgradeChecksOf } from './compareModel';
import type { DiffRevealer } from './ManifestDiffEditor';
import { ImpactList } from './ImpactList';

const ManifestDiffEditor = lazy(() => import('./ManifestDiffEditor'));

/** Until the chart's schema check is loaded the baseline is rendered without it (as the page starts). */
const NO_SCHEMA_CHECK: SchemaValidator = { validate: () => [] };

/** `schema` undefined: nothing to load (an opened chart's schema only drives the form). */
function useSchemaValidator(schema: TSchema | undefined): SchemaValidator {
  const [validator, setValidator] = useState<SchemaValidator>(NO_SCHEMA_CHECK);
  useEffect(() => {
    if (!schema) return;
    let live = true;
    loadSchemaValidator(schema).then(
      (loaded) => live && setValidator(() => loaded),
      () => {
        // The page reports a missing schema check already; the comparison works without it.
      },
    );
    return () => {
      live = false;
    };
  }, [schema]);
  return validator;
}

function manifestText(evaluation: Evaluation): string {
  return evaluation.renderError ? `# Could not be rendered:\n# ${evaluation.renderError.replace(/\n/g, '\n# ')}\n` : evaluation.yaml;
}

/** The unified diff as text, while Monaco loads or if it cannot. */
function PlainDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const text = useMemo(() => unifiedDiff(before, after, { from: label, to: 'now' }) || '# No difference.\n', [before, after, label]);
  return (
    <Box component="pre" tabIndex={0} aria-label="Manifest diff (read-only)" data-testid="compare-plain-diff" sx={{ m: 0, p: 1.5, height: '100%', overflow: 'auto', fontFamily: MONO_FONTS, fontSize: 12.5, lineHeight: 1.5 }}>
      {text}
    </Box>
  );
}

export interface ComparePaneProps {
  baselines: BaselineStore;
  navigator: FieldNavigator;
}

export default function ComparePane({ baselines, navigator }: ComparePaneProps) {
  const store = useStore();
  const { chart } = store;
  const list = useSyncExternalStore(baselines.subscribe, baselines.list);
  const baseline = useSyncExternalStore(baselines.subscribe, baselines.selected);
  const storeNotice = useSyncExternalStore(baselines.subscribe, baselines.notice);
  const now = useEvaluation();
  const { userValues, release } = useValuesState();
  const validator = useSchemaValidator(chart.schemaIsHint ? undefined : chart.schema);
  const [importOpen, setImportOpen] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const revealerRef = useRef<DiffRevealer | null>(null);

  // The version picked in the header: the baseline is checked against it and, for a chart opened
  // here, rendered for it again when it changes, as the current side is (else both differ by it).
  const kubeVersion = useSyncExternalStore(store.subscribe, () => store.getKubeVersion?.());
  const before = useMemo(
    () => evaluateBaseline(chart, baseline, release, validator, kubeVersion),
    [chart, baseline, release, validator, kubeVersion],
  );
  const changes = useMemo(() => diffObjects(before.objects, now.objects), [before.objects, now.objects]);
  const listed = useMemo(() => outlineChanges(changes), [changes]);
  const beforeText = manifestText(before);
  const afterText = manifestText(now);
  const locations = useMemo(() => changeLocations(listed, beforeText, afterText), [listed, beforeText, afterText]);
  const impact = useMemo(
    () => upgradeImpact({ before, after: now, beforeValues: baseline.values, afterValues: userValues, release, chartChecks: upgradeChecksOf(chart) }),
    [before, now, baseline.values, userValues, release, chart],
  );
  const counts = countChanges(changes);

  const reveal = useCallback(
    (change: ObjectChange) => {
      const at = locations.get(change.key);
      if (at) revealerRef.current?.reveal(at.side, at.startLine, at.endLine);
    },
    [locations],
  );

  const takeSnapshot = () => {
    const state = store.getState();
    const { baseline: taken, warning } = baselines.add({ kind: 'snapshot', values: state.userValues, release: state.release });
    setMessage([`Took “${taken.label}”: later changes show against it.`, warning].filter(Boolean).join(' '));
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label="Compare with"
          value={baseline.id}
          onChange={(e) => baselines.select(e.target.value)}
          sx={{ minWidth: 240, maxWidth: 360 }}
          slotProps={{ select: { inputProps: { 'data-testid': 'baseline-picker' } } }}
        >
          {list.map((b) => (
            <MenuItem key={b.id} value={b.id} data-baseline-kind={b.kind}>
              {b.label}
            </MenuItem>
          ))}
        </TextField>
        {baseline.kind !== 'defaults' && (
          <Tooltip title="Remove this baseline">
            <IconButton size="small" aria-label={`Remove the baseline ${baseline.label}`} onClick={() => baselines.remove(baseline.id)}>
              <DeleteOutline fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
        <Button size="small" variant="outlined" startIcon={<CameraAlt />} onClick={takeSnapshot}>
          Take snapshot
        </Button>
        <Button size="small" variant="outlined" startIcon={<CloudDownload />} onClick={() => setImportOpen(true)}>
          What runs now…
        </Button>
        <Typography variant="body2" color="text.secondary" role="status" data-testid="compare-summary" sx={{ ml: 'auto' }}>
          {changeSummary(counts)}
          {counts.unchanged > 0 ? ` · ${counts.unchanged} unchanged` : ''}
        </Typography>
      </Box>
      {message && (
        <Alert severity="info" onClose={() => setMessage(undefined)}>
          {message}
        </Alert>
      )}
      {storeNotice && <Alert severity="warning">{storeNotice}</Alert>}
      {before.renderError && (
        <Alert severity="error" data-testid="baseline-render-error">
          The baseline “{baseline.label}” could not be rendered: {before.renderError}. Choose another baseline or import its values again.
        </Alert>
      )}
      <ImpactList impact={impact} fieldPaths={chartFieldPaths(chart.schema)} navigator={navigator} docTitle={chart.docs.title} />
      <Box sx={{ display: 'flex', flexGrow: 1, minHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
        <Box component="nav" aria-label="Changed objects" sx={{ width: 230, flexShrink: 0, borderRight: 1, borderColor: 'divider', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          <Typography variant="subtitle2" component="div" sx={{ px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
            Objects ({listed.length})
          </Typography>
          <ChangeOutline changes={listed} onReveal={reveal} />
        </Box>
        <Box sx={{ flexGrow: 1, minWidth: 0, minHeight: 0 }}>
          <EditorBoundary fallback={<PlainDiff before={beforeText} after={afterText} label={baseline.label} />}>
            <Suspense fallback={<PlainDiff before={beforeText} after={afterText} label={baseline.label} />}>
              <ManifestDiffEditor before={beforeText} after={afterText} revealerRef={revealerRef} />
            </Suspense>
          </EditorBoundary>
        </Box>
      </Box>
      <BaselineImportDialog open={importOpen} chart={chart} baselines={baselines} onClose={() => setImportOpen(false)} onAdded={setMessage} />
    </Box>
  );
}
