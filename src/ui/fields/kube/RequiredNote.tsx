// How many required parameters are still empty, above the form (nothing when none is), with a
// button to the first of them.
import { useCallback } from 'react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { getAt } from '../../../core/values';
import { useStoreSelector } from '../../state/hooks';
import type { ValuesStore } from '../../state/store';
import { countEmptyRequired, isEmptyValue, requiredPaths } from './required';

export function EmptyRequiredNote({ onShow }: { onShow(path: string): void }) {
  const count = useStoreSelector(useCallback((s: ValuesStore) => countEmptyRequired(requiredPaths(s.chart.schema), s.getEvaluation().values), []));
  const firstEmpty = useStoreSelector(
    useCallback((s: ValuesStore) => {
      const values = s.getEvaluation().values;
      for (const path of requiredPaths(s.chart.schema)) if (isEmptyValue(getAt(values, path))) return path;
      return undefined;
    }, []),
  );
  if (count === 0) return null;
  return (
    <Typography variant="body2" color="error" sx={{ mb: 1, display: 'flex', alignItems: 'center', gap: 1 }} role="status" data-empty-required={count}>
      {count === 1 ? '1 required parameter (marked *) is empty.' : `${count} required parameters (marked *) are empty.`}
      {firstEmpty && (
        <Button size="small" onClick={() => onShow(firstEmpty)} sx={{ py: 0 }}>
          Show {count === 1 ? 'it' : 'the first'}
        </Button>
      )}
    </Typography>
  );
}
