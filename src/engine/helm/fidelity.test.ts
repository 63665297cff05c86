import { describe, expect, it } from 'vitest';
import { loadChart, prepareChart } from '../chart';
import { mapSet, newMap } from '../value';
import { makeCapabilities } from './capabilities';
import { yamlDump } from './dataFuncs';
import { releaseMap } from './objects';
import { renderTemplates } from './render';

// Expected texts printed by helm 4.1.4 for the same chart (the template's raw output, as
// `helm template --debug` shows it).

const utf8 = new TextEncoder();

/** The rendered text of templates/t.yaml in a chart "t" with `files` beside it. */
function raw(template: string, files: Record<string, string> = {}): string {
  const all: Record<string, string> = { 'Chart.yaml': 'apiVersion: v2\nname: t\nversion: 0.1.0\n', 'templates/t.yaml': template, ...files };
  const loaded = loadChart(new Map(Object.entries(all).map(([k, v]) => [k, utf8.encode(v)])));
  const { chart, values } = prepareChart(loaded, newMap());
  const top = newMap();
  mapSet(top, 'Capabilities', makeCapabilities());
  mapSet(top, 'Release', releaseMap({ name: 'r', namespace: 'default' }));
  mapSet(top, 'Values', values);
  return renderTemplates(chart, top, yamlDump).get('t/templates/t.yaml') ?? '';
}

const FILES = { 'x/a.txt': 'hi\n', 'x/b.txt': 'yo', 'c.txt': 'c' };

describe('.Files is a map[string][]byte with methods', () => {
  it('ranges, indexes, counts and tests like a Go map', () => {
    const t = [
      '{{ range $k, $v := .Files.Glob "x/*" }}{{ $k }}={{ $v }};{{ end }}',
      '{{ range .Files.Glob "x/*" }}{{ . | toString }};{{ end }}',
      '{{ range $i, $k := .Files }}{{ $i }},{{ end }}',
      '{{ index .Files "x/a.txt" }} {{ index .Files "nope" }} {{ printf "%T" (index .Files "nope") }}',
      '{{ len .Files }} {{ .Files.Glob "x/*" | len }} {{ if .Files.Glob "no/*" }}T{{ else }}F{{ end }} {{ if .Files.Glob "x/*" }}T{{ else }}F{{ end }}',
      '{{ printf "%T" (.Files.Glob "x/*") }} {{ (.Files.Glob "x/*").AsConfig | quote }}',
      '{{ .Files.Glob "x/*" | toJson }} {{ empty (.Files.Glob "no/*") }} {{ empty (.Files.Glob "x/*") }}',
      '{{ .Files.nope }}|{{ printf "%T" .Files.nope }}',
      '{{ with .Files.Glob "x/*" }}{{ .AsSecrets | quote }}{{ end }}',
      '{{ .Files.Glob "x/*" }}',
      '{{ .Files.GetBytes "x/a.txt" | toString }} {{ .Files.GetBytes "c.txt" | toString | printf "%q" }}',
      '{{ kindOf .Files }} {{ typeOf .Files }} {{ len (.Files.GetBytes "x/a.txt") }} {{ index (.Files.GetBytes "x/a.txt") 0 }} {{ empty (.Files.GetBytes "none") }}',
    ].join('\n');
    expect(raw(t, FILES)).toBe(
      [
        'x/a.txt=[104 105 10];x/b.txt=[121 111];',
        'hi\n;yo;',
        'c.txt,x/a.txt,x/b.txt,',
        '[104 105 10] [] []uint8',
        '3 2 F T',
        'engine.files "a.txt: |\\n  hi\\nb.txt: yo"',
        '{"x/a.txt":"aGkK","x/b.txt":"eW8="} true false',
        '[]|[]uint8',
        '"a.txt: aGkK\\nb.txt: eW8="',
        'map[x/a.txt:[104 105 10] x/b.txt:[121 111]]',
        'hi\n "c"',
        'map engine.files 3 104 true',
      ].join('\n'),
    );
  });

  it('is refused where a map[string]interface {} is wanted, and writes bytes as numbers in toYamlPretty', () => {
    expect(() => raw('{{ keys (.Files.Glob "x/*") }}', FILES)).toThrow('wrong type for value; expected map[string]interface {}; got engine.files');
    expect(() => raw('{{ index .Files 1 }}', FILES)).toThrow('error calling index: value has type int; should be string');
    expect(raw('{{ .Files.Glob "x/*" | toYamlPretty }}', FILES)).toBe('x/a.txt:\n  - 104\n  - 105\n  - 10\nx/b.txt:\n  - 121\n  - 111');
  });
});

describe('.Chart.Annotations is a map[string]string', () => {
  const t =
    '{{ index .Chart.Annotations "x" | printf "%q" }} {{ .Chart.Annotations.x | printf "%q" }} {{ default "d" .Chart.Annotations }} ' +
    '{{ if .Chart.Annotations }}T{{ else }}F{{ end }} {{ empty .Chart.Annotations }} {{ typeOf .Chart.Annotations }} {{ eq .Chart.Annotations nil }} ' +
    '{{ .Chart.Annotations | toString }} {{ deepEqual .Chart.Annotations dict }} {{ toToml .Chart.Annotations }} ' +
    '{{ range $k, $v := .Chart.Annotations }}{{$k}}{{ end }} {{ with .Chart.Annotations }}W{{ end }} {{ toYaml .Chart.Annotations }} ' +
    '{{ index .Chart.Annotations "a" | printf "%q" }} {{ len .Chart.Annotations }} {{ kindOf .Chart.Annotations }}\n{{ .Chart }}\n{{ toJson .Chart }}';
  const meta = (extra: string) => ({ 'Chart.yaml': `apiVersion: v2\nname: t\nversion: 0.1.0\n${extra}` });

  it('is a nil map without annotations: prints map[], marshals to null, equals nil', () => {
    expect(raw(t, meta(''))).toBe(
      '"" "" d F true map[string]string true map[] false    null "" 0 map\n' +
        'map[APIVersion:v2 Annotations:map[] AppVersion: Condition: Dependencies:[] Deprecated:false Description: Home: Icon: IsRoot:true Keywords:[] KubeVersion: Maintainers:[] Name:t Sources:[] Tags: Type: Version:0.1.0]\n' +
        '{"APIVersion":"v2","Annotations":null,"AppVersion":"","Condition":"","Dependencies":[],"Deprecated":false,"Description":"","Home":"","Icon":"","IsRoot":true,"Keywords":[],"KubeVersion":"","Maintainers":[],"Name":"t","Sources":[],"Tags":"","Type":"","Version":"0.1.0"}',
    );
  });

  it('reads a missing key as "" and is refused by functions wanting map[string]interface {}', () => {
    expect(raw(t, meta('annotations: {a: b}\n'))).toBe(
      '"" "" map[a:b] T false map[string]string false map[a:b] false a = "b"\n a W a: b "b" 1 map\n' +
        'map[APIVersion:v2 Annotations:map[a:b] AppVersion: Condition: Dependencies:[] Deprecated:false Description: Home: Icon: IsRoot:true Keywords:[] KubeVersion: Maintainers:[] Name:t Sources:[] Tags: Type: Version:0.1.0]\n' +
        '{"APIVersion":"v2","Annotations":{"a":"b"},"AppVersion":"","Condition":"","Dependencies":[],"Deprecated":false,"Description":"","Home":"","Icon":"","IsRoot":true,"Keywords":[],"KubeVersion":"","Maintainers":[],"Name":"t","Sources":[],"Tags":"","Type":"","Version":"0.1.0"}',
    );
    expect(() => raw('{{ hasKey .Chart.Annotations "x" }}', meta(''))).toThrow(
      'wrong type for value; expected map[string]interface {}; got map[string]string',
    );
  });
});

describe('structs keep their field order in toJson', () => {
  it('prints .Capabilities.KubeVersion and .HelmVersion as helm does', () => {
    expect(raw('{{ .Capabilities.KubeVersion | toJson }}\n{{ dict "a" .Capabilities.KubeVersion | toJson }}\n{{ .Capabilities.HelmVersion | toYamlPretty }}')).toBe(
      '{"Version":"v1.35.0","Major":"1","Minor":"35"}\n{"a":{"Version":"v1.35.0","Major":"1","Minor":"35"}}\n' +
        'version: v4.1.4\ngitcommit: 05fa37973dc9e42b76e1d2883494c87174b6074f\ngittreestate: clean\ngoversion: go1.25.9\nkubeclientversion: v1.35',
    );
  });
});

describe('Go int apart from int64', () => {
  it('prints %T int for constants, len, range indexes, .Release.Revision, atoi/int, and in typeOf/kindOf', () => {
    expect(
      raw(
        '{{ printf "%T %T %T %T %T %d" 1 (len "ab") .Release.Revision (add 1 2) 1.5 }} {{ range $i, $v := list 1 2 }}{{ printf "%T" $i }}{{ end }} ' +
          '{{ $x := 3 }}{{ printf "%T|%s|%v" $x $x 4 }} {{ printf "%d" 1 2 }} {{ printf "%T %T" (atoi "3") (int 3) }} {{ typeOf 1 }} ' +
          '{{ kindOf (len "a") }} {{ kindIs "int" 1 }} {{ typeIs "int64" (add 1 1) }} {{ typeOf .Release.Revision }} ' +
          '{{ printf "%v %d" .Release.Revision .Release.Revision }} {{ randInt 1 2 | printf "%T" }} {{ typeOf nil }}',
      ),
    ).toBe('int int int int64 float64 %!d(MISSING) intint int|%!s(int=3)|4 1%!(EXTRA int=2) int int int int true true int 1 1 int <nil>');
  });
});
