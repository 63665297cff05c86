// The YAML fallback of a volumes / volumeMounts field: the plain YAML box at first, then, once
// Monaco has loaded (when the page is idle), a small Monaco editor completing and checking against
// the Kubernetes schema of the version picked. What was typed in the box carries over, focus too.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JSONSchema } from 'monaco-yaml';
import type * as EditorModuleType from '../../monaco/KubeYamlEditor';
import { EditorBoundary } from '../../preview/EditorBoundary';
import { kubeVersionPreference, useKubeVersion } from '../../kube/kubeVersionPreference';
import { browserStorage } from '../../state/persistence';
import { whenIdle } from '../../state/idle';
import { YamlTextInput, type YamlTextInputProps } from '../YamlField';
import { parseYamlField, yamlFieldText } from '../logic';
import { schemaForKubeList, type KubeListKind } from './listSchema';

type EditorModule = typeof EditorModuleType;

let loadedModule: EditorModule | undefined;
let loading: Promise<EditorModule> | undefined;

/** The editor's chunk (Monaco with it), fetched once for every field; a failure may be retried. */
function loadEditor(): Promise<EditorModule> {
  loading ??= import('../../monaco/KubeYamlEditor').then(
    (m) => (loadedModule = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

interface Handover {
  text?: string;
  focusOffset?: number;
}

export interface KubeYamlInputProps extends Omit<YamlTextInputProps, 'autoFocus'> {
  kind: KubeListKind;
  path: string;
}

export function KubeYamlInput(props: KubeYamlInputProps) {
  const { kind, path, schemaForEmpty, value, inputId, describedBy, invalid, onChange, placeholder } = props;
  const [editor, setEditor] = useState<EditorModule | undefined>(loadedModule);
  const version = useKubeVersion(kubeVersionPreference(browserStorage()));
  const [schema, setSchema] = useState<{ id: string; schema?: JSONSchema }>();
  const boxRef = useRef<HTMLDivElement>(null);
  const handover = useRef<Handover>({});
  const parse = useCallback((text: string) => parseYamlField(text, schemaForEmpty), [schemaForEmpty]);
  const schemaId = `${kind}-${version}`;

  useEffect(() => {
    if (editor) return;
    let live = true;
    const cancel = whenIdle(() => {
      loadEditor().then(
        (m) => {
          if (!live) return;
          // Carry what the box holds (maybe half-typed) and where its cursor is over to Monaco.
          const box = boxRef.current?.querySelector('textarea');
          handover.current = { text: box?.value, focusOffset: box && document.activeElement === box ? box.selectionStart : undefined };
          setEditor(m);
        },
        () => {
          // Monaco failed to load: the plain box stays, which does everything but completion.
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [editor]);

  useEffect(() => {
    let live = true;
    void schemaForKubeList(kind, version).then((s) => {
      if (live) setSchema({ id: schemaId, schema: s });
    });
    return () => {
      live = false;
    };
  }, [kind, version, schemaId]);

  const box = (
    <YamlTextInput schemaForEmpty={schemaForEmpty} value={value} inputId={inputId} describedBy={describedBy} invalid={invalid} onChange={onChange} placeholder={placeholder} />
  );
  if (!editor) return <div ref={boxRef}>{box}</div>;
  return (
    <EditorBoundary fallback={box}>
      <editor.KubeYamlEditor
        value={value}
        parse={parse}
        format={yamlFieldText}
        onChange={onChange}
        initialText={handover.current.text}
        focusOffset={handover.current.focusOffset}
        inputId={inputId}
        describedBy={describedBy}
        invalid={invalid}
        ariaLabel={`${path} (YAML, ${kind === 'volumes' ? 'Volume' : 'VolumeMount'} list)`}
        placeholder={placeholder}
        schemaId={schemaId}
        schema={schema?.id === schemaId ? schema.schema : undefined}
        schemaFileName={`${kind}.schema.json`}
      />
    </EditorBoundary>
  );
}
