// Types for the one Monaco module we import that ships without declarations: the Monarch YAML
// grammar, reused for the preview's own language id.
declare module 'monaco-editor/languages/definitions/yaml/yaml' {
  import type { languages } from 'monaco-editor/editor';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
