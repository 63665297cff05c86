import { describe, expect, it } from 'vitest';
import type { GoFunc } from '../value';
import { currentCallSite } from './index';
import { FILE, render } from './testkit';

describe('currentCallSite', () => {
  const site: GoFunc = () => {
    const s = currentCallSite();
    return s ? `${s.file}@${s.pos}` : 'none';
  };
  const funcs = new Map<string, GoFunc>([['site', site]]);

  it('names the file and the offset of the command calling the function', () => {
    expect(render('{{ site }} {{ site }}', funcs)).toBe(`${FILE}@3 ${FILE}@14`);
  });

  it('names the define the call is written in, whoever includes it', () => {
    const text = '{{ define "d" }}{{ site }}{{ end }}{{ template "d" }}|{{ template "d" }}';
    expect(render(text, funcs)).toBe(`${FILE}@19|${FILE}@19`);
  });

  it('names the call in a pipeline and is null outside a call', () => {
    expect(render('{{ "x" | printf "%s" | site }}', funcs)).toBe(`${FILE}@23`);
    expect(currentCallSite()).toBeNull();
  });
});
