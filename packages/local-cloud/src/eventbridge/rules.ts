import { compile } from '@lantern/event-patterns';
import type { ServiceManifest } from '@lantern/runtime';
import { functionName, ruleArn, ruleName } from '../names.js';
import type { BusEvent } from './envelope.js';

export interface BusRule {
  name: string;
  arn: string;
  pattern: Record<string, unknown>;
  /** The function the rule targets. */
  target: string;
  matches: (event: BusEvent) => boolean;
}

/** One rule per manifest subscription, matched with the same pattern the CDK rule gets. */
export function rulesFromManifests(manifests: readonly ServiceManifest[], busName: string): BusRule[] {
  return manifests.flatMap((manifest) =>
    Object.entries(manifest.functions).flatMap(([logicalName, fn]) =>
      (fn.subscriptions ?? []).map((subscription) => {
        const name = ruleName(manifest.name, subscription.name);
        const matches = compile(subscription.pattern);
        return {
          name,
          arn: ruleArn(busName, name),
          pattern: subscription.pattern,
          target: functionName(manifest.name, logicalName),
          matches: (event: BusEvent) => matches(event),
        };
      }),
    ),
  );
}
