// The right-hand side: the manifests and the values.yaml editor as tabs. The manifests stay
// mounted (they time every update); the editor is mounted on first use and then kept.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { ReleaseFields } from '../chart/ReleaseFields';
import { ManifestsPane } from './ManifestsPane';

// The values.yaml editor and the checks it runs (schema validator, `yaml` package) load on first use.
const ValuesPane = lazy(() => import('./ValuesPane').then((m) => ({ default: m.ValuesPane })));

type TabId = 'manifests' | 'values' | 'compare' | 'extra';

export interface PreviewPanelProps {
  /** Replaces the Manifests tab's content (the stack page adds a release selector). */
  manifests?: ReactNode;
  /** A third, read-only tab (the stack page shows the values.yaml its bundle writes). */
  extraTab?: { label: string; content: ReactNode };
  /** The chart page's Compare tab (manifests against a baseline); mounted while it is shown. */
  compare?: ReactNode;
}

export function PreviewPanel({ manifests, extraTab, compare }: PreviewPanelProps = {}) {
  const [tab, setTab] = useState<TabId>('manifests');
  const [valuesOpened, setValuesOpened] = useState(false);
  const select = (next: TabId) => {
    setTab(next);
    if (next === 'values') setValuesOpened(true);
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 380, flexGrow: 1 }}>
      {/* In a narrow column the release fields wrap above the tabs rather than shrink to nothing. */}
      <Box sx={{ display: 'flex', flexWrap: 'wrap-reverse', alignItems: 'flex-end', columnGap: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={tab} onChange={(_, v: TabId) => select(v)} aria-label="Output" sx={{ minHeight: 36, flexShrink: 0, '& .MuiTab-root': { minHeight: 36, py: 0.5 } }}>
          <Tab value="manifests" label="Manifests" id="tab-manifests" aria-controls="panel-manifests" />
          <Tab value="values" label="values.yaml" id="tab-values" aria-controls="panel-values" />
          {compare && <Tab value="compare" label="Compare" id="tab-compare" aria-controls="panel-compare" />}
          {extraTab && <Tab value="extra" label={extraTab.label} id="tab-extra" aria-controls="panel-extra" />}
        </Tabs>
        <Box sx={{ flex: '1 1 300px', minWidth: 0, pb: 0.75 }}>
          <ReleaseFields />
        </Box>
      </Box>
      <Box
        role="tabpanel"
        id="panel-manifests"
        aria-labelledby="tab-manifests"
        hidden={tab !== 'manifests'}
        sx={{ flexGrow: 1, minHeight: 0, pt: 0.75, display: tab === 'manifests' ? 'block' : 'none' }}
      >
        {manifests ?? <ManifestsPane />}
      </Box>
      <Box
        role="tabpanel"
        id="panel-values"
        aria-labelledby="tab-values"
        hidden={tab !== 'values'}
        sx={{ flexGrow: 1, minHeight: 0, pt: 0.75, display: tab === 'values' ? 'block' : 'none' }}
      >
        {valuesOpened && (
          <Suspense fallback={<LinearProgress aria-label="Loading the values.yaml editor" />}>
            <ValuesPane />
          </Suspense>
        )}
      </Box>
      {compare && tab === 'compare' && (
        <Box role="tabpanel" id="panel-compare" aria-labelledby="tab-compare" sx={{ flexGrow: 1, minHeight: 0, pt: 0.75 }}>
          {compare}
        </Box>
      )}
      {extraTab && tab === 'extra' && (
        <Box role="tabpanel" id="panel-extra" aria-labelledby="tab-extra" sx={{ flexGrow: 1, minHeight: 0, pt: 0.75 }}>
          {extraTab.content}
        </Box>
      )}
    </Box>
  );
}
