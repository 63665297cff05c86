// One parameter: label, input chosen by the registry, description, default, changed marker,
// reset, and the problems that name it.
import { memo, useCallback } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { node } from '../../core/schemaNode';
import type { FieldInfo } from '../../core/schemaWalk';
import { deepEqual, getAt } from '../../core/values';
import { FieldProblems } from '../fields/FieldProblems';
import { formatDefault } from '../fields/logic';
import { rendererFor } from '../fields/registry';
import { domIdFor } from '../fields/types';
import { resetValue, setValue } from '../state/actions';
import { useFieldProblems, useFieldValue, useStore } from '../state/hooks';
import { MONO_FONTS } from '../theme';
import { fieldFrameSx } from './fieldStyles';

export const FieldView = memo(function FieldView({ field }: { field: FieldInfo }) {
  const store = useStore();
  const value = useFieldValue(field.path);
  const problems = useFieldProblems(field.path);
  const defaultValue = getAt(store.defaults, field.path);
  const changed = !deepEqual(value, defaultValue);
  const { Input, layout } = rendererFor(field);
  const inputId = domIdFor('in', field.path);
  const labelId = domIdFor('label', field.path);
  const descId = domIdFor('desc', field.path);
  const invalid = problems?.some((p) => p.severity === 'error') ?? false;
  const noEffect = node(field.schema)['x-no-effect'];
  const { dispatch } = store;
  const onChange = useCallback((v: unknown) => dispatch(setValue(field.path, v)), [dispatch, field.path]);
  const lastSeg = String(field.segs[field.segs.length - 1]);
  const input = (
    <Input field={field} value={value} inputId={inputId} labelId={labelId} describedBy={descId} invalid={invalid} onChange={onChange} />
  );

  const label = (
    <Box sx={layout === 'row' ? { width: '36%', minWidth: 140, flexShrink: 0, pt: 0.75, alignSelf: 'flex-start' } : { minWidth: 0 }}>
      <Typography component="label" htmlFor={inputId} id={labelId} sx={{ fontWeight: 500, fontSize: 13.5, wordBreak: 'break-word' }}>
        {field.title}
      </Typography>
      {field.title !== lastSeg && (
        <Typography component="span" sx={{ display: 'block', fontFamily: MONO_FONTS, fontSize: 11.5, color: 'text.secondary', wordBreak: 'break-all' }}>
          {field.path}
        </Typography>
      )}
      {field.secret && <Chip size="small" variant="outlined" label="secret" sx={{ height: 18, fontSize: 11, ml: 0.75 }} />}
    </Box>
  );
  const status = (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexShrink: 0, minHeight: 34, alignSelf: 'flex-start' }}>
      {changed && <Chip size="small" color="primary" label="changed" sx={{ height: 18, fontSize: 11 }} />}
      {changed && (
        <IconButton title="Back to the chart default" aria-label={`Reset ${field.path}`} onClick={() => dispatch(resetValue(field.path))}>
          <RestartAlt fontSize="small" />
        </IconButton>
      )}
    </Box>
  );

  return (
    <Box data-param={field.path} data-changed={changed ? 'true' : undefined} sx={fieldFrameSx(field.depth)}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 34 }}>
        {layout === 'inline' && input}
        {label}
        {layout === 'row' ? <Box sx={{ flexGrow: 1, minWidth: 0 }}>{input}</Box> : <Box sx={{ flexGrow: 1 }} />}
        {status}
      </Box>
      {layout === 'block' && input}
      <Typography id={descId} component="div" variant="caption" sx={{ display: 'block', color: 'text.secondary', mt: 0.25, lineHeight: 1.45 }}>
        {field.description}
        {field.description ? ' ' : ''}
        <Box component="span" sx={{ whiteSpace: 'nowrap', fontFamily: MONO_FONTS, fontSize: 11.5 }}>
          default: {field.secret && defaultValue ? '(hidden)' : formatDefault(defaultValue)}
        </Box>
      </Typography>
      {noEffect !== undefined && (
        <Typography variant="caption" component="div" sx={{ color: 'warning.dark', mt: 0.25 }}>
          Note: no template of this chart version reads this{noEffect ? ` (${noEffect})` : ''}.
        </Typography>
      )}
      <FieldProblems problems={problems} />
    </Box>
  );
});
