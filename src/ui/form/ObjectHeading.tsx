// A nested object: a sub-heading over its fields, with a reset for the whole block and, for open
// objects (`x-extras: yaml`), one YAML editor for the keys the schema does not name.
import { memo, useCallback, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { node } from '../../core/schemaNode';
import type { FieldInfo } from '../../core/schemaWalk';
import { deepEqual, getAt } from '../../core/values';
import { FieldProblems } from '../fields/FieldProblems';
import { extraKeys, withExtraKeys } from '../fields/logic';
import { Tag, TextButton } from '../fields/NativeInputs';
import { domIdFor } from '../fields/types';
import { YamlTextInput } from '../fields/YamlField';
import { resetValue, setValue } from '../state/actions';
import { useFieldState, useStore } from '../state/hooks';

export const ObjectHeading = memo(function ObjectHeading({ field }: { field: FieldInfo }) {
  const store = useStore();
  const { value, problems } = useFieldState(field.path);
  const TitleTag = field.depth === 0 ? 'h3' : 'h4';
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
  const extras = extraKeys(field.schema, value);
  // Empty extras stay behind a button, so open objects do not fill the form with empty editors.
  const [extrasOpened, setExtrasOpened] = useState(false);
  const showExtras = extrasOpened || Object.keys(extras).length > 0;
  const inputId = domIdFor('in', field.path);
  const descId = domIdFor('desc', field.path);

  return (
    <div className="cf-field cf-heading" data-depth={field.depth} data-param-heading={field.path} data-param={hasExtras ? field.path : undefined}>
      <div className="cf-head">
        <TitleTag className={field.depth === 0 ? 'cf-title cf-top' : 'cf-title'}>{field.title}</TitleTag>
        {field.path !== field.title && <span className="cf-path">{field.path}</span>}
        <span className="cf-grow" />
        {changed && <Tag tone="primary" outlined label="changed inside" />}
        {changed && (
          <IconButton title="Everything in this block back to the chart defaults" aria-label={`Reset ${field.path}`} onClick={() => dispatch(resetValue(field.path))}>
            <RestartAlt fontSize="small" />
          </IconButton>
        )}
      </div>
      {field.description && (
        <div id={descId} className="cf-desc">
          {field.description}
        </div>
      )}
      {hasExtras && !showExtras && (
        <TextButton onClick={() => setExtrasOpened(true)} aria-label={`Other ${field.path} keys (YAML)`}>
          + Other {field.title} keys (YAML)
        </TextButton>
      )}
      {hasExtras && showExtras && (
        <div className="cf-extras">
          <label htmlFor={inputId} className="cf-extras-label">
            Other {field.title} keys (YAML)
          </label>
          <YamlTextInput
            schemaForEmpty={field.schema}
            value={extras}
            inputId={inputId}
            describedBy={field.description ? descId : undefined}
            invalid={false}
            onChange={onExtrasChange}
            placeholder={'Keys not listed above, e.g.\nsome_option: value'}
            autoFocus={extrasOpened}
          />
        </div>
      )}
      <FieldProblems problems={problems} />
    </div>
  );
});
