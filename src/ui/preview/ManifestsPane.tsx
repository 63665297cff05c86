// The Manifests tab: what helm would render for the current values.
import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useStoreSelector } from '../state/hooks';
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

/** Manifests text in the Monaco preview (plain text while it loads or if it fails). */
export function ManifestsView({ yaml, renderError, header }: { yaml: string; renderError?: string; header?: ReactNode }) {
  const text = renderError ? `# The chart could not be rendered with these values:\n# ${renderError.replace(/\n/g, '\n# ')}\n` : yaml;
  const plain = <PlainPreview text={text} />;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, gap: 0.5 }}>
      {header}
      {renderError && <Alert severity="error">The chart could not be rendered: {renderError}</Alert>}
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <EditorBoundary fallback={plain}>
          <Suspense fallback={plain}>
            <ManifestPreview text={text} />
          </Suspense>
        </EditorBoundary>
      </Box>
    </Box>
  );
}
