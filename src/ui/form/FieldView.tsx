// One parameter: label, input chosen by the registry, description, default, changed marker,
// reset, and the problems that name it.
import { memo, useCallback, useEffect } from 'react';
import IconButton from '@mui/material/IconButton';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { node } from '../../core/schemaNode';
import type { FieldInfo } from '../../core/schemaWalk';
import { deepEqual, getAt } from '../../core/values';
import { FieldProblems } from '../fields/FieldProblems';
import { requiredPaths } from '../fields/kube/required';
import { formatDefault } from '../fields/logic';
import { Tag, TextButton } from '../fields/NativeInputs';
import { rendererFor } from '../fields/registry';
import { domIdFor } from '../fields/types';
import { resetValue, setValue } from '../state/actions';
import { useBoundParam } from './bindings';
import { useFieldState, useStore } from '../state/hooks';

export const FieldView = memo(function FieldView({ field }: { field: FieldInfo }) {
  const store = useStore();
  const { value, problems } = useFieldState(field.path);
  const bound = useBoundParam(field.path);
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
  const required = requiredPaths(store.chart.schema).has(field.path);
  // The inputs are many components; the shell marks whichever one the label points at.
  useEffect(() => {
    if (required) document.getElementById(inputId)?.setAttribute('aria-required', 'true');
  });
  const plainInput = (
    <Input field={field} value={value} inputId={inputId} labelId={labelId} describedBy={descId} invalid={invalid} onChange={onChange} />
  );
  // A bound parameter follows another release of the stack: shown, not edited.
  const input = bound ? (
    <fieldset disabled className="cf-bound-input" title={`Follows release ${bound.provider} (${bound.title})`}>
      {plainInput}
    </fieldset>
  ) : plainInput;

  const status = bound ? (
    <span className="cf-status">
      <Tag tone="secondary" label={`follows ${bound.provider}`} />
      <TextButton onClick={bound.unbind} aria-label={`Unbind ${field.path} from ${bound.provider}`} title="End the binding; the values stay as your own">
        Unbind
      </TextButton>
    </span>
  ) : changed && (
    <span className="cf-status">
      <Tag tone="primary" label="changed" />
      <IconButton title="Back to the chart default" aria-label={`Reset ${field.path}`} onClick={() => dispatch(resetValue(field.path))} sx={{ p: 0.25 }}>
        <RestartAlt fontSize="small" />
      </IconButton>
    </span>
  );
  const label = (
    <div className={layout === 'row' ? 'cf-label-col cf-row' : 'cf-label-col'}>
      <label htmlFor={inputId} id={labelId} className="cf-label">
        {field.title}
        {required && <span className="cf-required" aria-hidden="true"> *</span>}
      </label>
      {field.secret && <Tag tone="neutral" label="secret" />}
      {status}
      {field.title !== lastSeg && <span className="cf-path">{field.path}</span>}
    </div>
  );

  return (
    <div className="cf-field" data-depth={field.depth} data-param={field.path} data-required={required ? 'true' : undefined} data-changed={changed ? 'true' : undefined} data-bound-to={bound?.provider}>
      <div className="cf-head">
        {layout === 'inline' && input}
        {label}
        {layout === 'row' && <div className="cf-input">{input}</div>}
      </div>
      {layout === 'block' && input}
      <div id={descId} className="cf-desc">
        {field.description}
        {field.description ? ' ' : ''}
        <span className="cf-default">default: {field.secret && defaultValue ? '(hidden)' : formatDefault(defaultValue)}</span>
      </div>
      {noEffect !== undefined && <div className="cf-note">Note: no template of this chart version reads this{noEffect ? ` (${noEffect})` : ''}.</div>}
      <FieldProblems problems={problems} />
    </div>
  );
});
