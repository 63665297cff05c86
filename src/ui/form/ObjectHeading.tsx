// A nested object: a sub-heading over its fields, with a reset for the whole block and, for open
// objects (`x-extras: yaml`), one YAML editor for the keys the schema does not name.
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
import { extraKeys, withExtraKeys } from '../fields/logic';
import { domIdFor } from '../fields/types';
import { YamlTextInput } from '../fields/YamlField';
import { resetValue, setValue } from '../state/actions';
import { useFieldProblems, useFieldValue, useStore } from '../state/hooks';
import { MONO_FONTS } from '../theme';
import { fieldFrameSx } from './fieldStyles';

export const ObjectHeading = memo(function ObjectHeading({ field }: { field: FieldInfo }) {
  const store = useStore();
  const value = useFieldValue(field.path);
  const problems = useFieldProblems(field.path);
  const defaultValue = getAt(store.defaults, field.path);
  const changed = !deepEqual(value, defaultValue);
  const hasExtras = node(field.schema)['x-extras'] === 'yaml';
  const { dispatch } = store;
  const onExtrasChange = useCallback(
    (extras: unknown) => {
      const current = getAt(store.getEvaluation().values, field.path);
      dispatch(setValue(field.path, withExtraKeys(field.schema, current, (extras ?? {}) as Record<string, unknown>)));
    },
    [store, dispatch, field],
  );
  const inputId = domIdFor('in', field.path);
  const descId = domIdFor('desc', field.path);

  return (
    <Box data-param-heading={field.path} data-param={hasExtras ? field.path : undefined} sx={{ ...fieldFrameSx(field.depth), mt: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minHeight: 30 }}>
        <Typography
          component={field.depth === 0 ? 'h3' : 'h4'}
          sx={{ fontWeight: 600, fontSize: field.depth === 0 ? 14.5 : 13.5, color: 'text.primary' }}
        >
          {field.title}
        </Typography>
        {field.path !== field.title && (
          <Typography component="span" sx={{ fontFamily: MONO_FONTS, fontSize: 11.5, color: 'text.secondary' }}>
            {field.path}
          </Typography>
        )}
        <Box sx={{ flexGrow: 1 }} />
        {changed && <Chip size="small" color="primary" variant="outlined" label="changed inside" sx={{ height: 18, fontSize: 11 }} />}
        {changed && (
          <IconButton title="Everything in this block back to the chart defaults" aria-label={`Reset ${field.path}`} onClick={() => dispatch(resetValue(field.path))}>
              <RestartAlt fontSize="small" />
            </IconButton>
        )}
      </Box>
      {field.description && (
        <Typography id={descId} variant="caption" component="div" sx={{ color: 'text.secondary', lineHeight: 1.45 }}>
          {field.description}
        </Typography>
      )}
      {hasExtras && (
        <Box sx={{ mt: 0.75 }}>
          <Typography component="label" htmlFor={inputId} sx={{ fontSize: 12.5, fontWeight: 500 }}>
            Other {field.title} keys (YAML)
          </Typography>
          <YamlTextInput
            schemaForEmpty={field.schema}
            value={extraKeys(field.schema, value)}
            inputId={inputId}
            describedBy={field.description ? descId : undefined}
            invalid={false}
            onChange={onExtrasChange}
            placeholder={'Keys not listed above, e.g.\nsome_option: value'}
          />
        </Box>
      )}
      <FieldProblems problems={problems} />
    </Box>
  );
});
