// Tolerations as the API server validates them: operator, effect, key and value together.
import { isMap } from '../../values';
import { labelValue, qualifiedName } from '../apiNames';
import { listItems, podTemplates, type CheckEnv } from '../context';
import { atLeast } from '../versions';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
/** Numeric comparisons arrived (alpha, behind a feature gate) in Kubernetes 1.35. */
const NUMERIC_OPERATORS = ['Gt', 'Lt'];

export function checkTolerations(env: CheckEnv): void {
  const numericKnown = atLeast(env.kubeVersion, '1.35');
  for (const pod of podTemplates(env.refs)) {
    listItems(pod.spec.tolerations).forEach((toleration, i) => {
      if (!isMap(toleration)) return;
      const at = [...pod.specAt, 'tolerations', i];
      const report = (field: string, what: string, fix: string, severity: 'error' | 'warning' = 'error') =>
        env.report('kube-toleration', {
          ref: pod.ref, field: [...at, field], severity, what, fix,
          why: severity === 'error' ? 'The API server refuses the pod template, so the workload is not created.' : 'The toleration may not act as intended.',
        });
      const { key, operator, value, effect, tolerationSeconds } = toleration;
      const op = operator === undefined || operator === null || operator === '' ? 'Equal' : operator;
      if (typeof op !== 'string' || (!['Equal', 'Exists'].includes(op) && !NUMERIC_OPERATORS.includes(op))) {
        report('operator', `is ${JSON.stringify(operator)}, not Equal or Exists.`, 'Set operator to "Equal" (with a value) or "Exists" (without one).');
      } else if (NUMERIC_OPERATORS.includes(op)) {
        if (numericKnown) report('operator', `is "${op}", which needs the alpha TaintTolerationComparisonOperators feature gate.`, 'Use "Equal" or "Exists" unless the cluster enables the gate.', 'warning');
        else report('operator', `is "${op}", not Equal or Exists (numeric operators do not exist before Kubernetes 1.35).`, 'Use "Equal" or "Exists".');
      }
      if (effect !== undefined && effect !== null && effect !== '' && !EFFECTS.includes(String(effect))) {
        const near = EFFECTS.find((e) => e.toLowerCase().startsWith(String(effect).toLowerCase().slice(0, 4)));
        report('effect', `is ${JSON.stringify(effect)}, not one of ${EFFECTS.join(', ')}.`, near ? `Did you mean "${near}"?` : `Use one of ${EFFECTS.join(', ')}, or leave it empty to match every effect.`);
      }
      if (key !== undefined && key !== null && key !== '') {
        const bad = typeof key === 'string' ? qualifiedName(key) : 'not a string';
        if (bad) report('key', `${JSON.stringify(key)}: ${bad}.`, 'Use the taint\'s key, a qualified name such as "node-role.kubernetes.io/control-plane".');
      } else if (op !== 'Exists') {
        report('operator', `must be "Exists" when the key is empty (a toleration of every taint).`, 'Set operator: Exists, or give the key of the taint.');
      }
      if (op === 'Exists' && value !== undefined && value !== null && value !== '') {
        report('value', `must be empty when the operator is "Exists" (it is ${JSON.stringify(value)}).`, 'Remove the value or use operator: Equal.');
      }
      if (op === 'Equal' && value !== undefined && value !== null) {
        const bad = typeof value === 'string' ? labelValue(value) : 'is not a string';
        if (bad) report('value', `${JSON.stringify(value)} ${bad}.`, 'Use the taint\'s value (a label value, quoted in YAML).');
      }
      if (tolerationSeconds !== undefined && tolerationSeconds !== null && effect !== 'NoExecute') {
        report('tolerationSeconds', 'is set but the effect is not "NoExecute".', 'Set effect: NoExecute or remove tolerationSeconds.');
      }
    });
  }
}
