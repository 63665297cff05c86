import { describe, expect, it } from 'vitest';
import { cleanupParseError, reformatExecError, warnWrap } from './errors';

// Inputs are Go's text/template error chains; expected texts are what helm v4.1.4 printed after "Error: ".
describe('cleanupParseError', () => {
  it('keeps the location and the last part of the message', () => {
    expect(cleanupParseError('err/templates/x.yaml', 'template: err/templates/x.yaml:1: missing value for if')).toBe(
      'parse error at (err/templates/x.yaml:1): missing value for if',
    );
    expect(cleanupParseError('c/templates/x.yaml', 'odd')).toBe('parse error in (c/templates/x.yaml): odd');
  });
});

describe('reformatExecError', () => {
  it('fail / required: the outermost location and the message', () => {
    const s1 = `template: err/templates/x.yaml:1:6: executing "err/templates/x.yaml" at <include "f" .>: error calling include: template: err/templates/_h.tpl:3:5: executing "f" at <fail "deep">: error calling fail: ${warnWrap('deep')}`;
    expect(reformatExecError('err/templates/x.yaml', [s1])).toBe('execution error at (err/templates/x.yaml:1:6): deep');
  });

  it('an executor error becomes one block', () => {
    const s = 'template: err/templates/x.yaml:1:10: executing "err/templates/x.yaml" at <.Values.x.y>: nil pointer evaluating interface {}.y';
    expect(reformatExecError('err/templates/x.yaml', [s])).toBe(
      'err/templates/x.yaml:1:10\n  executing "err/templates/x.yaml" at <.Values.x.y>:\n    nil pointer evaluating interface {}.y',
    );
  });

  it('include of a missing template: two blocks', () => {
    const inner = 'template: no template "nope" associated with template "gotpl"';
    const s1 = `template: err/templates/x.yaml:1:3: executing "err/templates/x.yaml" at <include "nope" .>: error calling include: ${inner}`;
    expect(reformatExecError('err/templates/x.yaml', [s1, inner])).toBe(
      'err/templates/x.yaml:1:3\n  executing "err/templates/x.yaml" at <include "nope" .>:\n    error calling include:\ntemplate: no template "nope" associated with template "gotpl"',
    );
  });

  it('keeps Go\'s text when a link of the chain is not a template error', () => {
    const inner = 'runtime error: index out of range [-1]';
    const s1 = `template: c1/templates/a.yaml:1:11: executing "c1/templates/a.yaml" at <.Files.Lines>: error calling Lines: ${inner}`;
    expect(reformatExecError('c1/templates/a.yaml', [s1, inner])).toBe(s1);
  });
});
