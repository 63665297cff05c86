// The Manifests tab: what helm would render for the current values.
import { lazy, Suspense } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useEvaluation } from '../state/hooks';
import { EditorBoundary } from './EditorBoundary';
import PlainPreview from './PlainPreview';

const ManifestPreview = lazy(() => import('../monaco/ManifestPreview'));

export function ManifestsPane() {
  const { yaml, renderError } = useEvaluation();
  const text = renderError ? `# The chart could not be rendered with these values:\n# ${renderError.replace(/\n/g, '\n# ')}\n` : yaml;
  const plain = <PlainPreview text={text} />;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, gap: 0.5 }}>
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
