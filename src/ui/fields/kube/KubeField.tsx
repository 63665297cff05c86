// A parameter holding a Kubernetes shape: the structured editor, and the YAML box behind a toggle.
// Once opened, both stay mounted (one hidden), so text half-typed in either survives a switch.
import { useState } from 'react';
import type { FieldInputProps } from '../types';
import { YamlTextInput } from '../YamlField';
import { fitsEditor, kubeFieldInfo } from './fieldShape';
import { ItemEditor } from './ItemEditor';
import { KubeYamlInput } from './KubeYamlInput';
import { isKubeListKind } from './listSchema';
import { ListEditor } from './ListEditor';
import { MapRows } from './MapRows';
import { KUBE_ROOT_CLASS } from './styles';

export function KubeField(props: FieldInputProps) {
  const { field, value, inputId, labelId, describedBy, invalid, onChange } = props;
  const info = kubeFieldInfo(field);
  const [yamlMode, setYamlMode] = useState(() => (info ? !fitsEditor(info.spec, value) : true));
  const [yamlOpened, setYamlOpened] = useState(yamlMode);
  if (!info) return <YamlTextInput schemaForEmpty={field.schema} value={value} inputId={inputId} describedBy={describedBy} invalid={invalid} onChange={onChange} />;
  const { spec } = info;
  const formId = yamlMode ? undefined : inputId;
  const fits = fitsEditor(spec, value);
  const context = field.path;
  const formPart = (
    <div key="form" hidden={yamlMode}>
      {!fits && <p className="kf-error">This value does not have the expected shape; edit it as YAML.</p>}
      {spec.container === 'list' && <ListEditor spec={spec.list} value={value} context={context} id={formId} onChange={onChange} />}
      {spec.container === 'map' && (
        <div className="kf-item kf-single">
          <ItemEditor spec={spec.item} item={value} noun={field.title} context={`in ${context}`} firstId={formId} onChange={onChange} />
        </div>
      )}
      {spec.container === 'stringMap' && <MapRows value={value} rules={spec.rules} context={context} id={formId} onChange={onChange} />}
    </div>
  );
  const yamlProps = {
    schemaForEmpty: field.schema, value, inputId: yamlMode ? inputId : `${inputId}-yaml`, describedBy, invalid, onChange, placeholder: info.placeholder,
  };
  // Volumes and their mounts get a Monaco editor with the Kubernetes schema; other shapes the box.
  const yamlPart = yamlOpened && (
    <div key="yaml" hidden={!yamlMode}>
      {isKubeListKind(info.shape) ? <KubeYamlInput kind={info.shape} path={field.path} {...yamlProps} /> : <YamlTextInput {...yamlProps} />}
    </div>
  );
  return (
    <div className={KUBE_ROOT_CLASS} role="group" aria-labelledby={labelId} aria-describedby={describedBy} data-kube-shape={info.shape}>
      {/* The shown part first, so a jump to the field (navigator) focuses a visible control. */}
      {yamlMode ? [yamlPart, formPart] : [formPart, yamlPart]}
      <button
        type="button"
        className="kf-button kf-toggle"
        aria-pressed={yamlMode}
        aria-label={`Edit ${field.path} as YAML`}
        onClick={() => {
          setYamlOpened(true);
          setYamlMode(!yamlMode);
        }}
      >
        YAML
      </button>
    </div>
  );
}
