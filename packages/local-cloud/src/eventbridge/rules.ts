import type { ServiceManifest } from '@lantern/runtime';
import { functionName, ruleArn, ruleName } from '../names.js';

export interface BusRule {
  name: string;
  arn: string;
  pattern: Record<string, unknown>;
  /** The function the rule targets. */
  target: string;
}

/** One rule per manifest subscription, matched with the same pattern the CDK rule gets. */
export function rulesFromManifests(manifests: readonly ServiceManifest[], busName: string): BusRule[] {
  return manifests.flatMap((manifest) =>
    Object.entries(manifest.functions).flatMap(([logicalName, fn]) =>
      (fn.subscriptions ?? []).map((subscription) => {
        const name = ruleName(manifest.name, subscription.name);
        return {
          name,
          arn: ruleArn(busName, name),
          pattern: subscription.pattern,
          target: functionName(manifest.name, logicalName),
        };
      }),
    ),
  );
}
