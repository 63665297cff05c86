// Every change to a chart's values is one of these named actions (the Excalidraw idea): the form,
// the YAML editor, imports, presets and share links all go through the same reducer.
import type { Release, Values } from '../../core/types';
import type { ValuesState } from './reducer';

/** Where replacing values came from; 'restore' brings back values a share link replaced. */
export type ReplaceSource = 'yaml-editor' | 'import' | 'link' | 'preset' | 'restore';

export type Action =
  | { type: 'setValue'; path: string; value: unknown }
  | { type: 'resetValue'; path: string }
  | { type: 'replaceValues'; values: Values; source: ReplaceSource }
  | { type: 'applyPreset'; id: string }
  | { type: 'setRelease'; release: Partial<Release> }
  | { type: 'resetAll' }
  /** Undo or redo: a state the history kept comes back as it was. */
  | { type: 'restoreHistory'; state: ValuesState; direction: 'undo' | 'redo' };

export const setValue = (path: string, value: unknown): Action => ({ type: 'setValue', path, value });
export const resetValue = (path: string): Action => ({ type: 'resetValue', path });
export const replaceValues = (values: Values, source: ReplaceSource): Action => ({ type: 'replaceValues', values, source });
export const applyPreset = (id: string): Action => ({ type: 'applyPreset', id });
export const setRelease = (release: Partial<Release>): Action => ({ type: 'setRelease', release });
export const resetAll = (): Action => ({ type: 'resetAll' });
export const restoreHistory = (state: ValuesState, direction: 'undo' | 'redo'): Action => ({ type: 'restoreHistory', state, direction });
