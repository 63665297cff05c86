// The stack page: the releases on the left, the open release's connections and form in the
// middle, and on the right every problem of the stack and the preview. Each release is configured
// with the chart page's own components through its values store; the stack autosaves like a chart.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { consumersOf, type Stack } from '../../core/bundle';
import type { ChartModule, Values } from '../../core/types';
import { ConfirmDialog, type ConfirmRequest } from '../actions/ConfirmDialog';
import { PageMessages } from '../chart/PageMessages';
import { usePageMessages } from '../chart/usePageMessages';
import { WorkspaceMain } from '../chart/WorkspaceMain';
import { BindingsContext, type BoundParam } from '../form/bindings';
import { FormPanel } from '../form/FormPanel';
import { createFieldNavigator } from '../form/navigator';
import { NoticesPanel } from '../preview/NoticesPanel';
import { PreviewPanel } from '../preview/PreviewPanel';
import { replaceHash, STACK_HREF } from '../routing';
import { StoreContext } from '../state/hooks';
import type { PageMessage } from '../state/opening';
import { browserStorage } from '../state/persistence';
import { secretsNotRestoredText, secretsPreference } from '../state/secretStorage';
import { StorageNote } from '../chart/StorageNote';
import { AddReleaseDialog, type AddReleaseRequest } from './AddReleaseDialog';
import { BundleValuesPane } from './BundleValuesPane';
import { StackContext, useSelectorOf } from './hooks';
import { EMPTY_STACK, loadSavedStack, restoredStack, saveStack, stackLinkPlan, unknownChartsMessage } from './model';
import { ReleaseList } from './ReleaseList';
import { StackHeader, StackPresetsMenu } from './StackHeader';
import { StackManifestsPane, type ManifestsScope } from './StackManifestsPane';
import { StackProblemsPanel } from './StackProblemsPanel';
import { useUndoKeys } from '../state/historyKeys';
import { attachStackHistory, loadStackHistory, saveStackHistory } from './stackHistory';
import { createStackStore, type StackEntry, type StackStore } from './stackStore';
import { stackKubeChecked } from './stackKubeChecks';
import { kubeVersionPreference } from '../kube/kubeVersionPreference';
import { initialKubeVersion, useKubeChecks } from '../kube/useKubeChecks';
import { WiringPanel } from './WiringPanel';

const AUTOSAVE_DELAY_MS = 400;

/** Bound parameter -> the release it follows, for the open release's form. */
function useFieldBindings(stack: StackStore, entry: StackEntry | undefined): ReadonlyMap<string, BoundParam> {
  const key = useSelectorOf(
    stack,
    useCallback(
      (s: StackStore) =>
        entry
          ? s.getState().bindings.filter((b) => b.consumer === entry.id).map((b) => `${b.point}\u0000${s.nameOf(b.provider)}`).join('\u0001')
          : '',
      [entry],
    ),
  );
  return useMemo(() => {
    const map = new Map<string, BoundParam>();
    if (!entry || key === '') return map;
    for (const item of key.split('\u0001')) {
      const [point, provider] = item.split('\u0000');
      const spec = consumersOf(entry.chart).find((c) => c.point === point);
      if (!spec) continue;
      for (const param of spec.params) map.set(param, { provider, title: spec.title, unbind: () => stack.unbind(entry.id, point) });
    }
    return map;
  }, [stack, entry, key]);
}

function EmptyStack({ onAdd, onPreset }: { onAdd(): void; onPreset: Parameters<typeof StackPresetsMenu>[0]['onChoose'] }) {
  return (
    <Paper variant="outlined" sx={{ m: 3, p: 3, maxWidth: 720, alignSelf: 'start' }} data-testid="empty-stack">
      <Typography variant="h6" component="h2" gutterBottom>
        Build a stack
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        A stack is several releases installed together, e.g. Centrifugo with the Percona Valkey it keeps its state in. Each release
        gets the same form, problems and preview as a single chart; bindings make one release follow another (addresses, ports,
        password Secrets), and the problems between releases are checked too. One link and one bundle (helmfile.yaml and a folder
        per release) hold the whole stack.
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <StackPresetsMenu variant="outlined" onChoose={onPreset} />
        <Button variant="contained" disableElevation startIcon={<Add />} onClick={onAdd}>
          Add release
        </Button>
      </Box>
    </Paper>
  );
}

export function StackWorkspace({ charts, share, afterReset }: { charts: readonly ChartModule<Values>[]; share?: string; afterReset?: boolean }) {
  const [setup] = useState(() => {
    const resolve = (id: string) => charts.find((c) => c.id === id);
    const storage = browserStorage();
    const loaded = loadSavedStack(storage);
    const messages: PageMessage[] = afterReset ? [{ id: 'reset', severity: 'info', text: 'The stack starts again, empty.' }] : [];
    if (loaded.kind === 'ignored') messages.push({ id: 'storage', severity: 'warning', text: loaded.message });
    const saved = loaded.kind === 'loaded' ? loaded.saved : { stack: EMPTY_STACK };
    const unknown = unknownChartsMessage(saved.stack, resolve);
    if (unknown) messages.push({ id: 'unknown-charts', severity: 'warning', text: unknown });
    if (saved.omittedSecrets) messages.push({ id: 'storage-secrets', severity: 'warning', text: secretsNotRestoredText(saved.omittedSecrets) });
    const secrets = secretsPreference(storage);
    const kubeVersion = kubeVersionPreference(storage);
    const stack = createStackStore(resolve, saved.stack, saved.selected, { kubeVersion: initialKubeVersion(kubeVersion) });
    const history = attachStackHistory(stack, loadStackHistory(storage, saved.stack));
    return { storage, resolve, secrets, stack, kubeChecked: stackKubeChecked(stack), kubeVersion, history, navigator: createFieldNavigator(), messages };
  });
  const { stack, storage, navigator, resolve, secrets, history } = setup;
  useKubeChecks(setup.kubeChecked, setup.kubeVersion);
  useUndoKeys(history);
  const { messages, say, sayAll, dismiss, restored } = usePageMessages(setup.messages);
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest | undefined>();
  const [addRequest, setAddRequest] = useState<AddReleaseRequest | undefined>();
  const [scope, setScope] = useState<ManifestsScope>('release');
  const [pendingReveal, setPendingReveal] = useState<{ id: string; path: string } | undefined>();

  // Autosave first, so a stack a link brings (next effect) is saved too.
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const save = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      pending = false;
      const selected = stack.getState().selected;
      const error = saveStack(storage, { stack: stack.toStack(), ...(selected ? { selected: stack.nameOf(selected) } : {}) }, secrets.get() ? resolve : undefined);
      if (error) say({ id: 'storage', severity: 'warning', text: error });
      else saveStackHistory(storage, history.getHistory(), secrets.get() ? resolve : undefined);
    };
    // Turning "secrets in memory only" on takes them out of storage at once (and off puts them back).
    const unsubscribePreference = secrets.subscribe(() => {
      pending = true;
      save();
    });
    const unsubscribe = stack.subscribe(() => {
      pending = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    });
    const onVisibility = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
      save();
      unsubscribe();
      unsubscribePreference();
    };
  }, [stack, history, storage, secrets, resolve, say]);

  const replaceStack = useCallback(
    (next: Stack, selectedName?: string): string | undefined => {
      const { leftOut } = stack.replace(next, selectedName);
      return leftOut.length > 0 ? unknownChartsMessage(next, resolve) : undefined;
    },
    [stack, resolve],
  );

  const handledShare = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!share || handledShare.current === share) return;
    handledShare.current = share;
    const plan = stackLinkPlan(share, stack.toStack());
    const extra: PageMessage[] = [];
    if (plan.stack) {
      const unknown = replaceStack(plan.stack);
      if (unknown) extra.push({ id: 'unknown-charts', severity: 'warning', text: unknown });
    }
    sayAll([...plan.messages, ...extra]);
    // The stack now lives in the store (and autosave); a reload must not apply the link again.
    replaceHash(STACK_HREF);
  }, [share, stack, replaceStack, sayAll]);

  const entries = useSelectorOf(stack, useCallback((s: StackStore) => s.getState().entries, []));
  const selectedId = useSelectorOf(stack, useCallback((s: StackStore) => s.getState().selected, []));
  const entry = entries.find((e) => e.id === selectedId);
  const openName = useSelectorOf(stack, useCallback((s: StackStore) => (selectedId ? s.nameOf(selectedId) : ''), [selectedId]));
  const fieldBindings = useFieldBindings(stack, entry);

  // A problem chosen in another release: open it, then jump once its form is there.
  useEffect(() => {
    if (!pendingReveal || pendingReveal.id !== selectedId) return;
    navigator.reveal(pendingReveal.path);
    setPendingReveal(undefined);
  }, [pendingReveal, selectedId, navigator]);

  const onChooseProblem = useCallback(
    (releaseId: string, target: string | undefined) => {
      stack.select(releaseId);
      if (target) setPendingReveal({ id: releaseId, path: target });
    },
    [stack],
  );

  const replaceAsking = useCallback(
    (next: Stack, done: string) => {
      const run = () => {
        const unknown = replaceStack(next);
        say({ id: 'action', severity: unknown ? 'warning' : 'success', text: unknown ? `${done} ${unknown}` : done });
      };
      if (stack.getState().entries.length === 0) return run();
      setConfirmRequest({
        title: 'Replace the stack?',
        text: 'Every release and binding of the current stack is replaced. Download its bundle or copy its link first to keep it.',
        confirmLabel: 'Replace stack',
        onConfirm: run,
      });
    },
    [stack, replaceStack, say],
  );

  const openAdd = useCallback(() => {
    const state = stack.getState();
    const open = stack.entry(state.selected);
    setAddRequest({
      takenNames: state.entries.map((e) => e.store.getState().release.name),
      namespace: open?.store.getState().release.namespace ?? 'default',
    });
  }, [stack]);

  const remove = useCallback(
    (id: string, name: string) =>
      setConfirmRequest({
        title: `Remove release ${name}?`,
        text: `${name} and its values leave the stack, with every binding to or from it.`,
        confirmLabel: 'Remove',
        onConfirm: () => stack.remove(id),
      }),
    [stack],
  );

  return (
    <StackContext.Provider value={stack}>
      <Box sx={{ height: { md: '100vh' }, minHeight: { xs: '100vh', md: 0 }, display: 'flex', flexDirection: 'column' }} data-testid="stack-page">
        <StackHeader history={history} charts={charts} confirm={setConfirmRequest} say={say} onReplace={replaceAsking} onClear={() => stack.replace(EMPTY_STACK)} />
        <PageMessages
          messages={messages}
          onDismiss={dismiss}
          onRestore={(m) => {
            const previous = restoredStack(m.restore);
            if (previous) replaceStack(previous);
            restored(m, 'Your previous stack is back.');
          }}
        />
        <WorkspaceMain columns={entry ? 'minmax(180px, 15fr) minmax(340px, 35fr) minmax(0, 50fr)' : 'minmax(180px, 15fr) minmax(0, 85fr)'} narrowRows="auto">
          <Box sx={{ minHeight: 0, display: 'flex', flexDirection: 'column', borderRight: { md: 1 }, borderColor: { md: 'divider' }, bgcolor: 'background.paper' }}>
            <Box sx={{ flexGrow: 1, minHeight: 0 }}>
              <ReleaseList onAdd={openAdd} onRemove={remove} />
            </Box>
            <StorageNote preference={secrets} what="the releases, their values and bindings" />
          </Box>
          {!entry && <EmptyStack onAdd={openAdd} onPreset={(preset) => replaceAsking(preset.stack, `Applied the stack preset “${preset.title}”.`)} />}
          {entry && (
            <StoreContext.Provider value={entry.view}>
              <BindingsContext.Provider value={fieldBindings}>
                <Box
                  key={`form-${entry.id}`}
                  sx={{ minHeight: 0, minWidth: 0, display: 'flex', flexDirection: 'column', borderRight: { md: 1 }, borderColor: { md: 'divider' }, bgcolor: 'background.paper', height: { xs: '80vh', md: 'auto' } }}
                  data-open-release={openName}
                >
                  <WiringPanel entry={entry} />
                  <Box sx={{ flexGrow: 1, minHeight: 0 }}>
                    <FormPanel navigator={navigator} />
                  </Box>
                </Box>
              </BindingsContext.Provider>
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, minHeight: { xs: '90vh', md: 0 }, minWidth: 0, overflowY: 'auto' }}>
                <StackProblemsPanel onChoose={onChooseProblem} />
                <NoticesPanel key={`notices-${entry.id}`} notices={entry.chart.notices ?? []} />
                <PreviewPanel
                  key={`preview-${entry.id}`}
                  manifests={<StackManifestsPane entry={entry} scope={scope} onScope={setScope} />}
                  extraTab={{ label: 'values.yaml in the bundle', content: <BundleValuesPane entry={entry} /> }}
                />
              </Box>
            </StoreContext.Provider>
          )}
        </WorkspaceMain>
      </Box>
      <AddReleaseDialog
        charts={charts}
        request={addRequest}
        onClose={() => setAddRequest(undefined)}
        onAdd={(chart, release) => {
          stack.add(chart, release);
          setAddRequest(undefined);
          say({ id: 'action', severity: 'success', text: `Added release ${release.name} (${chart.name}) in namespace ${release.namespace}.` });
        }}
      />
      <ConfirmDialog request={confirmRequest} onClose={() => setConfirmRequest(undefined)} />
    </StackContext.Provider>
  );
}
