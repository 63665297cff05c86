// A chart page: creates the chart's values store (restored from autosave, then a share link if
// one was opened), and lays out header, form, problems and preview around it.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { loadLinkDictionaries } from '../../core/share';
import type { ChartModule, Values } from '../../core/types';
import { ConfirmDialog, type ConfirmRequest } from '../actions/ConfirmDialog';
import { createBaselineStore } from '../baseline/baselineStore';
import { CompareTab } from '../compare/CompareTab';
import { FormPanel } from '../form/FormPanel';
import { createFieldNavigator } from '../form/navigator';
import { ChartNotesPanel } from '../preview/ChartNotesPanel';
import { NoticesPanel } from '../preview/NoticesPanel';
import { PreviewPanel } from '../preview/PreviewPanel';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { chartHref, replaceHash } from '../routing';
import { replaceValues } from '../state/actions';
import { StoreContext } from '../state/hooks';
import { initialState, shareLinkPlan, type PageMessage } from '../state/opening';
import { browserStorage, loadSaved, saveState } from '../state/persistence';
import { whenIdle } from '../state/idle';
import { loadHistory, saveHistory } from '../state/historyPersistence';
import { useUndoKeys } from '../state/historyKeys';
import { attachHistory } from '../state/historyStore';
import { registeredValidator } from '../../core/schemaIssues';
import { loadSchemaValidator } from '../state/schemaCheck';
import { secretsPreference } from '../state/secretStorage';
import { autosave, createValuesStore } from '../state/store';
import { kubeVersionPreference } from '../kube/kubeVersionPreference';
import { initialKubeVersion, useKubeChecks } from '../kube/useKubeChecks';
import { ChartHeader } from './ChartHeader';
import { PageMessages } from './PageMessages';
import { StorageNote } from './StorageNote';
import { usePageMessages } from './usePageMessages';
import { WorkspaceMain } from './WorkspaceMain';

const AUTOSAVE_DELAY_MS = 400;

export function ChartWorkspace({ chart, share, afterReset }: { chart: ChartModule<Values>; share?: string; afterReset?: boolean }) {
  const [setup] = useState(() => {
    const storage = browserStorage();
    const { state, messages } = initialState(loadSaved(storage, chart.id));
    const notes: PageMessage[] = afterReset ? [{ id: 'reset', severity: 'info', text: `${chart.name} starts again from its chart defaults.` }] : [];
    const secrets = secretsPreference(storage);
    const kubeVersion = kubeVersionPreference(storage);
    // A validator precompiled at build time is registered with the chart module (ui/catalog): the
    // first problems already hold the schema check. Otherwise (dev server) it joins once idle, below.
    const store = createValuesStore(chart, state, registeredValidator(chart.schema), { kubeVersion: initialKubeVersion(kubeVersion) });
    // Attached before a share link is applied, so opening the link is a step undo takes back.
    const history = attachHistory(store, loadHistory(storage, chart.id, state));
    const baselines = createBaselineStore(chart.id, storage, () => (secrets.get() ? chart.schema : undefined));
    return { storage, secrets, kubeVersion, store, history, baselines, navigator: createFieldNavigator(), messages: [...notes, ...messages] };
  });
  const { store, storage, navigator, secrets, history, baselines } = setup;
  useUndoKeys(history);
  useKubeChecks(store, setup.kubeVersion);
  const { messages, say, sayAll, dismiss, restored } = usePageMessages(setup.messages);
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest | undefined>();

  // The tab says which chart it holds (several tabs of the configurator are common).
  useEffect(() => {
    const previous = document.title;
    document.title = `${chart.name} ${chart.version} · Chart configurator`;
    return () => {
      document.title = previous;
    };
  }, [chart.name, chart.version]);

  // Autosave first, so the values a share link brings (next effect) are saved too.
  useLayoutEffect(() => {
    const write = () => {
      const error = saveState(storage, chart.id, store.getState(), secrets.get() ? chart.schema : undefined);
      if (error) say({ id: 'storage', severity: 'warning', text: error });
      else saveHistory(storage, chart.id, history.getHistory(), secrets.get() ? chart.schema : undefined);
    };
    const saver = autosave(store, write, AUTOSAVE_DELAY_MS);
    // Turning "secrets in memory only" on takes them out of storage at once (and off puts them back).
    const unsubscribe = secrets.subscribe(write);
    const flush = () => saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && saver.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      unsubscribe();
      saver.stop();
    };
  }, [store, history, storage, secrets, chart, say]);

  // Without a precompiled validator (dev server) the schema check joins once the page is on screen
  // and idle (see state/schemaCheck.ts); with one this finds it set already.
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      loadSchemaValidator(chart.schema).then(
        (validator) => live && store.setSchemaValidator(validator),
        (e: unknown) => {
          console.error('schema validator failed to load', e);
          if (live) say({ id: 'schema-check', severity: 'warning', text: 'The type check of the values could not be loaded, so only the chart\'s own checks are listed. Reload the page to try again.' });
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [store, chart.schema, say]);

  const handledShare = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!share || handledShare.current === share) return;
    handledShare.current = share;
    const open = () => {
      const plan = shareLinkPlan(chart, share, store.getState());
      for (const action of plan.actions) store.dispatch(action);
      sayAll(plan.messages);
    };
    // A link made with an earlier version of the chart waits for that version's dictionary.
    const loading = loadLinkDictionaries(share, chart);
    if (loading) void loading.then(open);
    else open();
    // The values now live in the store (and autosave); a reload must not apply the link again.
    replaceHash(chartHref(chart.id));
  }, [share, chart, store, sayAll]);

  return (
    <StoreContext.Provider value={store}>
      <Box sx={{ height: { md: '100vh' }, minHeight: { xs: '100vh', md: 0 }, display: 'flex', flexDirection: 'column' }}>
        <ChartHeader confirm={setConfirmRequest} say={say} history={history} onDownloaded={(state) => baselines.add({ kind: 'download', values: state.userValues, release: state.release })} />
        <PageMessages
          messages={messages}
          onDismiss={dismiss}
          onRestore={(m) => {
            if (m.restore) store.dispatch(replaceValues(m.restore, 'restore'));
            restored(m, 'Your previous values are back.');
          }}
        />
        <WorkspaceMain columns="minmax(420px, 40fr) minmax(0, 60fr)" narrowRows="auto auto">
          <Box sx={{ minHeight: 0, minWidth: 0, display: 'flex', flexDirection: 'column', borderRight: { md: 1 }, borderColor: { md: 'divider' }, bgcolor: 'background.paper', height: { xs: '70vh', md: 'auto' } }}>
            <Box sx={{ flexGrow: 1, minHeight: 0 }}>
              <FormPanel navigator={navigator} />
            </Box>
            <StorageNote preference={secrets} what="your values, release name and namespace" />
          </Box>
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, minHeight: { xs: '90vh', md: 0 }, minWidth: 0, overflowY: 'auto' }}>
            <ProblemsPanel navigator={navigator} />
            <NoticesPanel notices={chart.notices ?? []} />
            <ChartNotesPanel />
            <PreviewPanel compare={<CompareTab baselines={baselines} navigator={navigator} />} />
          </Box>
        </WorkspaceMain>
      </Box>
      <ConfirmDialog request={confirmRequest} onClose={() => setConfirmRequest(undefined)} />
    </StoreContext.Provider>
  );
}
