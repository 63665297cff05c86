// The stack page follows the chart page's Kubernetes version picker: the stack store as the kube
// hook sees it (every release's objects, for loading the validators of the kinds they render).
import type { KubeFollowingStore } from '../kube/useKubeChecks';
import type { StackStore } from './stackStore';

export function stackKubeChecked(stack: StackStore): KubeFollowingStore {
  return {
    getKubeVersion: () => stack.getKubeVersion(),
    setKubeVersion: (version) => stack.setKubeVersion(version),
    getEvaluation: () => ({ objects: stack.getEvaluation().plans.flatMap((p) => p.evaluation.objects) }),
    subscribe: (listener) => stack.subscribe(listener),
    recheck: () => stack.recheck(),
  };
}
