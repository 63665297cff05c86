import { describe, expect, it } from 'vitest';
import { loadChart } from '../chart';
import { newMap } from '../value';
import { renderChart } from './index';

// Expected lines were printed by helm v4.1.4 `helm template` for the same chart (our own).
const enc = new TextEncoder();

function render(template: string): string[] {
  const chart = loadChart(new Map([
    ['Chart.yaml', enc.encode('apiVersion: v2\nname: c1\nversion: 0.1.0\n')],
    ['files/a.txt', enc.encode('hello\nworld\n')],
    ['files/empty.txt', new Uint8Array(0)],
    ['files/sub/b.conf', enc.encode('x: 1')],
    ['templates/a.yaml', enc.encode(template)],
  ]));
  const text = renderChart(chart, newMap(), { releaseName: 'release-name', namespace: 'default' }).text;
  return text.split('\n').slice(2, -1);
}

describe('the objects as templates see them', () => {
  it('.Capabilities, .Release, .Template, .Subcharts marshal as helm marshals them', () => {
    expect(render([
      '# {{ .Capabilities.KubeVersion | toYaml | replace "\\n" "," }}',
      '# {{ .Capabilities.HelmVersion | toYaml | replace "\\n" "," }}',
      '# {{ .Release | toJson }}',
      '# {{ .Template | toJson }} {{ .Subcharts | toJson }}',
      '# {{ .Capabilities.APIVersions | toJson | len }}',
    ].join('\n'))).toEqual([
      '# Major: "1",Minor: "35",Version: v1.35.0',
      '# git_commit: 05fa37973dc9e42b76e1d2883494c87174b6074f,git_tree_state: clean,go_version: go1.25.9,kube_client_version: v1.35,version: v4.1.4',
      '# {"IsInstall":true,"IsUpgrade":false,"Name":"release-name","Namespace":"default","Revision":1,"Service":"Helm"}',
      '# {"BasePath":"c1/templates","Name":"c1/templates/a.yaml"} {}',
      '# 1474',
    ]);
  });

  it('.Chart holds every Chart.yaml field with Go names and zero values', () => {
    expect(render('# {{ .Chart | toJson }}')).toEqual([
      '# {"APIVersion":"v2","Annotations":null,"AppVersion":"","Condition":"","Dependencies":[],"Deprecated":false,"Description":"","Home":"","Icon":"","IsRoot":true,"Keywords":[],"KubeVersion":"","Maintainers":[],"Name":"c1","Sources":[],"Tags":"","Type":"","Version":"0.1.0"}',
    ]);
  });

  it('.Capabilities.APIVersions ranges, indexes and counts as a list', () => {
    expect(render('# {{ len .Capabilities.APIVersions }} {{ index .Capabilities.APIVersions 1 }} {{ range $i, $v := .Capabilities.APIVersions }}{{ if lt $i 2 }}{{ $v }},{{ end }}{{ end }}')).toEqual([
      '# 57 admissionregistration.k8s.io/v1 v1,admissionregistration.k8s.io/v1,',
    ]);
  });

  it('.Files: Get, GetBytes, Lines, Glob (ranged), AsConfig, AsSecrets', () => {
    expect(render([
      '# {{ range $k, $v := .Files.Glob "files/*" }}{{ $k }}={{ printf "%T" $v }} {{ end }}',
      '# {{ (.Files.Glob "files/*").AsSecrets | replace "\\n" "," }}',
      '# {{ .Files.Get "files/a.txt" | quote }} {{ .Files.Get "nope" | quote }} {{ printf "%T %v" (.Files.GetBytes "files/a.txt") (.Files.GetBytes "files/a.txt") }}',
      '# {{ .Files.Lines "files/a.txt" | toJson }} {{ .Files.Lines "nope" | toJson }} {{ .Files.Lines "files/sub/b.conf" | toJson }}',
      '# {{ range $k, $v := .Files.Glob "files/**" }}{{ $k }} {{ end }}| {{ range $k, $v := .Files.Glob "**.txt" }}{{ $k }} {{ end }}| {{ range $k, $v := .Files.Glob "[" }}{{ $k }} {{ end }}',
      '# {{ (.Files.Glob "zzz/*").AsConfig | quote }} {{ (.Files.Glob "files/*").AsConfig | replace "\\n" "," }}',
    ].join('\n'))).toEqual([
      '# files/a.txt=[]uint8 files/empty.txt=[]uint8 ',
      '# a.txt: aGVsbG8Kd29ybGQK,empty.txt: ""',
      '# "hello\\nworld\\n" "" []uint8 [104 101 108 108 111 10 119 111 114 108 100 10]',
      '# ["hello","world"] [] ["x: 1"]',
      '# files/a.txt files/empty.txt files/sub/b.conf | files/a.txt files/empty.txt | files/a.txt files/empty.txt files/sub/b.conf ',
      '# "{}" a.txt: |,  hello,  world,empty.txt: ""',
    ]);
  });
});
