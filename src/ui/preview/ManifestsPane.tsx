// The Manifests tab: what helm would render for the current values.
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useStoreSelector } from '../state/hooks';
import { whenIdle } from '../state/idle';
import type { ValuesStore } from '../state/store';
import { EditorBoundary } from './EditorBoundary';
import PlainPreview from './PlainPreview';

const ManifestPreview = lazy(() => import('../monaco/ManifestPreview'));

export function ManifestsPane() {
  const { yaml, renderError } = useStoreSelector(
    useCallback((s: ValuesStore) => {
      const { yaml: text, renderError: error } = s.getEvaluation();
      return { yaml: text, renderError: error };
    }, []),
    (a, b) => a.yaml === b.yaml && a.renderError === b.renderError,
  );
  return <ManifestsView yaml={yaml} renderError={renderError} />;
}

/**
 * Manifests text in the Monaco preview (plain text while it loads or if it fails). Monaco (3 MB)
 * is fetched once the page is idle, so it does not hold up the rest of the form.
 */
export function ManifestsView({ yaml, renderError, header }: { yaml: string; renderError?: string; header?: ReactNode }) {
  const text = renderError ? `# The chart could not be rendered with these values:\n# ${renderError.replace(/\n/g, '\n# ')}\n` : yaml;
  const [monacoWanted, setMonacoWanted] = useState(false);
  useEffect(() => whenIdle(() => setMonacoWanted(true)), []);
  const plain = <PlainPreview text={text} />;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, gap: 0.5 }}>
      {header}
      {renderError && <Alert severity="error">The chart could not be rendered: {renderError}</Alert>}
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <EditorBoundary fallback={plain}>
          {monacoWanted ? (
            <Suspense fallback={plain}>
              <ManifestPreview text={text} />
            </Suspense>
          ) : (
            plain
          )}
        </EditorBoundary>
      </Box>
    </Box>
  );
}
