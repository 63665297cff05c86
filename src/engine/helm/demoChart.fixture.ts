// The test chart (our own): every file as helm reads it from disk.
export const DEMO_FILES: Record<string, string> = {
  'Chart.yaml': String.raw`apiVersion: v2
name: demo
version: 1.2.3
appVersion: "4.5"
description: A chart of our own for engine tests
keywords: [test, demo]
maintainers:
  - name: Ada
    email: ada@example.org
annotations:
  team: platform
dependencies:
  - name: sub
    version: 0.1.0
    condition: sub.enabled
`,
  'charts/sub/Chart.yaml': String.raw`apiVersion: v2
name: sub
version: 0.1.0
`,
  'charts/sub/templates/NOTES.txt': String.raw`Sub notes
`,
  'charts/sub/templates/cm.yaml': String.raw`apiVersion: v1
kind: ConfigMap
metadata:
  name: sub-{{ .Release.Name }}
data:
  greeting: {{ .Values.greeting | quote }}
  region: {{ .Values.global.region | quote }}
  isRoot: {{ .Chart.IsRoot | quote }}
  template: {{ .Template.Name | quote }}
`,
  'charts/sub/values.yaml': String.raw`greeting: hello
global:
  region: eu
`,
  'crds/widget.yaml': String.raw`apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.org
`,
  'files/conf/app.ini': String.raw`port=80
`,
  'files/conf/extra.yaml': String.raw`debug: false`,
  'files/hello.txt': String.raw`hello
world
`,
  'templates/NOTES.txt': String.raw`Installed {{ .Release.Name }} ({{ .Chart.Name }} {{ .Chart.Version }}).
`,
  'templates/_helpers.tpl': String.raw`{{- define "demo.fullname" -}}
{{ .Release.Name }}-{{ .Chart.Name }}
{{- end -}}
{{- define "demo.labels" -}}
app: {{ include "demo.fullname" . }}
chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}
`,
  'templates/deployment.yaml': String.raw`apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "demo.fullname" . }}
spec:
  replicas: {{ .Values.replicas }}
`,
  'templates/funcs.yaml': String.raw`apiVersion: v1
kind: ConfigMap
metadata:
  name: funcs
data:
  tpl: {{ tpl .Values.tplText . | quote }}
  tplDefine: {{ tpl "{{ define \"inner\" }}in-{{ .Values.name }}{{ end }}{{ include \"inner\" . }}" . | quote }}
  tplInclude: {{ tpl "{{ include \"demo.fullname\" . }}" . | quote }}
  required: {{ required "name is needed" .Values.name | quote }}
  lookup: {{ lookup "v1" "Secret" "default" "x" | toJson | quote }}
  toYaml: |
    {{- toYaml .Values.list | nindent 4 }}
  fromYaml: {{ (fromYaml "a: 1\nb: [x]").b | first | quote }}
  fromYamlArray: {{ fromYamlArray "- 1\n- two" | toJson | quote }}
  toJson: {{ dict "b" 2 "a" (list 1.5 "x" nil) | toJson | quote }}
  fromJson: {{ (fromJson "{\"k\": [1, 2]}").k | toJson | quote }}
  fromJsonArray: {{ fromJsonArray "[true, null]" | toJson | quote }}
  hostByName: {{ getHostByName "example.org" | quote }}
`,
  'templates/hooks.yaml': String.raw`apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  annotations:
    "helm.sh/hook": pre-install,pre-upgrade
    "helm.sh/hook-weight": "1"
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: m
          image: busybox
---
apiVersion: v1
kind: Pod
metadata:
  name: smoke-test
  annotations:
    "helm.sh/hook": test
spec:
  containers:
    - name: t
      image: busybox
`,
  'templates/objects.yaml': String.raw`apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "demo.fullname" . }}-objects
  labels:
    {{- include "demo.labels" . | nindent 4 }}
data:
  chart: {{ printf "%s|%s|%s|%s|%v|%v" .Chart.Name .Chart.Version .Chart.AppVersion .Chart.Description .Chart.IsRoot .Chart.Annotations | quote }}
  chartLists: {{ printf "%v|%v|%v|%q" .Chart.Keywords .Chart.Maintainers .Chart.Sources .Chart.Home | quote }}
  deps: {{ .Chart.Dependencies | toJson | quote }}
  release: {{ printf "%s|%s|%v|%v|%v|%s" .Release.Name .Release.Namespace .Release.IsInstall .Release.IsUpgrade .Release.Revision .Release.Service | quote }}
  kube: {{ printf "%s|%s|%s|%s" .Capabilities.KubeVersion.Version .Capabilities.KubeVersion.Major .Capabilities.KubeVersion.Minor .Capabilities.KubeVersion.GitVersion | quote }}
  kubePrinted: "{{ .Capabilities.KubeVersion }}"
  apis: {{ printf "%v|%v" (.Capabilities.APIVersions.Has "apps/v1") (.Capabilities.APIVersions.Has "example.org/v1") | quote }}
  helmVersion: {{ .Capabilities.HelmVersion.Version | quote }}
  template: {{ printf "%s|%s" .Template.Name .Template.BasePath | quote }}
  fileGet: {{ .Files.Get "files/hello.txt" | quote }}
  fileMissing: {{ .Files.Get "files/nope.txt" | quote }}
  fileLines: {{ .Files.Lines "files/hello.txt" | toJson | quote }}
  fileGlob: "{{ range $path, $_ := .Files.Glob "files/**" }}{{ $path }};{{ end }}"
  fileBytes: {{ .Files.GetBytes "files/hello.txt" | toJson | quote }}
  subcharts: {{ printf "%s|%s" .Subcharts.sub.Chart.Name .Subcharts.sub.Values.greeting | quote }}
  big: {{ .Values.big | quote }}
  missing: "{{ .Values.nothing }}"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: files-as-config
data:
  {{- (.Files.Glob "files/conf/*").AsConfig | nindent 2 }}
---
apiVersion: v1
kind: Secret
metadata:
  name: files-as-secrets
data:
  {{- (.Files.Glob "files/conf/*").AsSecrets | nindent 2 }}
`,
  'templates/service.yaml': String.raw`{{- if .Values.name }}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "demo.fullname" . }}
{{- end }}
`,
  'values.yaml': String.raw`replicas: 2
name: web
big: 1000000
sub:
  enabled: true
  greeting: hi
list: [a, b]
tplText: "{{ .Values.name }}-{{ .Release.Name }}"
`,
};

/** `helm template rel demo --namespace ns1` as helm v4.1.4 printed it. */
export const DEMO_EXPECTED = String.raw`---
# Source: demo/templates/objects.yaml
apiVersion: v1
kind: Secret
metadata:
  name: files-as-secrets
data:
  app.ini: cG9ydD04MAo=
  extra.yaml: ZGVidWc6IGZhbHNl
---
# Source: demo/charts/sub/templates/cm.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: sub-rel
data:
  greeting: "hi"
  region: "eu"
  isRoot: "false"
  template: "demo/charts/sub/templates/cm.yaml"
---
# Source: demo/templates/funcs.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: funcs
data:
  tpl: "web-rel"
  tplDefine: "in-web"
  tplInclude: "rel-demo"
  required: "web"
  lookup: "{}"
  toYaml: |
    - a
    - b
  fromYaml: "x"
  fromYamlArray: "[1,\"two\"]"
  toJson: "{\"a\":[1.5,\"x\",null],\"b\":2}"
  fromJson: "[1,2]"
  fromJsonArray: "[true,null]"
  hostByName: ""
---
# Source: demo/templates/objects.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: rel-demo-objects
  labels:
    app: rel-demo
    chart: demo-1.2.3
data:
  chart: "demo|1.2.3|4.5|A chart of our own for engine tests|true|map[team:platform]"
  chartLists: "[test demo]|[map[Email:ada@example.org Name:Ada URL:]]|[]|\"\""
  deps: "[{\"Alias\":\"\",\"Condition\":\"sub.enabled\",\"Enabled\":true,\"ImportValues\":[],\"Name\":\"sub\",\"Repository\":\"\",\"Tags\":[],\"Version\":\"0.1.0\"}]"
  release: "rel|ns1|true|false|1|Helm"
  kube: "v1.35.0|1|35|v1.35.0"
  kubePrinted: "v1.35.0"
  apis: "true|false"
  helmVersion: "v4.1.4"
  template: "demo/templates/objects.yaml|demo/templates"
  fileGet: "hello\nworld\n"
  fileMissing: ""
  fileLines: "[\"hello\",\"world\"]"
  fileGlob: "files/conf/app.ini;files/conf/extra.yaml;files/hello.txt;"
  fileBytes: "\"aGVsbG8Kd29ybGQK\""
  subcharts: "sub|hi"
  big: "1e+06"
  missing: ""
---
# Source: demo/templates/objects.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: files-as-config
data:
  app.ini: |
    port=80
  extra.yaml: 'debug: false'
---
# Source: demo/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: rel-demo
---
# Source: demo/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: rel-demo
spec:
  replicas: 2
---
# Source: demo/templates/hooks.yaml
apiVersion: v1
kind: Pod
metadata:
  name: smoke-test
  annotations:
    "helm.sh/hook": test
spec:
  containers:
    - name: t
      image: busybox
---
# Source: demo/templates/hooks.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  annotations:
    "helm.sh/hook": pre-install,pre-upgrade
    "helm.sh/hook-weight": "1"
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: m
          image: busybox
`;
