import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceManifest } from '@lantern/runtime';
import { type CfnElement, NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { buildLanternApp, type LanternStage, type StageConfig } from '../../src/index.js';

export const PROJECT_ROOT = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');

export interface Synthesized {
  stage: LanternStage;
  template: Template;
  edge: Template;
}

/**
 * Builds the app for the given stages and manifests without bundling or CloudFormation's own
 * template validation (`pnpm synth` runs both), so one synthesis per test file takes seconds.
 */
export function synthesize(manifests: readonly ServiceManifest[], stages: StageConfig[]): Synthesized[] {
  const { stages: built } = buildLanternApp({
    stages,
    manifests,
    projectRoot: PROJECT_ROOT,
    webDist: undefined,
    nag: false,
    appProps: {
      builtinCloudFormationValidation: false,
      context: { 'aws:cdk:bundling-stacks': [] },
      outdir: mkdtempSync(join(tmpdir(), 'lantern-infra-')),
    },
  });
  return built.map((stage) => ({
    stage,
    template: flattened(stage.main),
    edge: Template.fromStack(stage.edge),
  }));
}

type Json = Record<string, unknown>;

/** Replaces a nested stack's parameters and outputs by what they stand for in the parent. */
function substitute(value: unknown, lookup: (node: Json) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => substitute(item, lookup));
  if (value && typeof value === 'object') {
    const found = lookup(value as Json);
    if (found !== undefined) return substitute(found, lookup);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, lookup)]));
  }
  return value;
}

/**
 * The stage's main stack with its nested stacks (one per service) folded in, as one template:
 * a nested resource's parameters become the parent values they were given, and the parent's
 * references to nested outputs become the nested values, so tests read one deployment.
 */
function flattened(stack: Stack): Template {
  const parent = Template.fromStack(stack).toJSON() as { Resources: Record<string, Json> };
  const resources: Record<string, Json> = { ...parent.Resources };
  const nestedOutputs = new Map<string, Record<string, Json>>();
  const nestedIds = new Map<string, string[]>();
  const nestedStacks = stack.node.findAll().filter((c): c is NestedStack => NestedStack.isNestedStack(c));
  for (const nested of nestedStacks) {
    const resourceId = logicalId(nested.nestedStackResource as unknown as IConstruct);
    const template = Template.fromStack(nested).toJSON() as {
      Resources: Record<string, Json>;
      Outputs?: Record<string, Json>;
    };
    const parameters = ((parent.Resources[resourceId]?.Properties as Json | undefined)?.Parameters ?? {}) as Json;
    const nestedResources = substitute(template.Resources, (node) =>
      typeof node.Ref === 'string' && node.Ref in parameters ? parameters[node.Ref] : undefined,
    ) as Record<string, Json>;
    Object.assign(resources, nestedResources);
    nestedIds.set(resourceId, Object.keys(nestedResources));
    nestedOutputs.set(resourceId, (template.Outputs ?? {}) as Record<string, Json>);
    delete resources[resourceId];
  }
  const folded = substitute(resources, (node) => {
    const getAtt = node['Fn::GetAtt'];
    if (!Array.isArray(getAtt) || typeof getAtt[1] !== 'string' || !getAtt[1].startsWith('Outputs.')) return undefined;
    return nestedOutputs.get(String(getAtt[0]))?.[getAtt[1].slice('Outputs.'.length)]?.Value;
  });
  // Depending on a nested stack is depending on everything in it.
  for (const resource of Object.values(folded as Record<string, Json>)) {
    if (Array.isArray(resource.DependsOn)) {
      resource.DependsOn = resource.DependsOn.flatMap((id: string) => nestedIds.get(id) ?? [id]);
    }
  }
  return Template.fromJSON({ ...parent, Resources: folded }, { skipCyclicalDependenciesCheck: true });
}

export function logicalId(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).resolve(element.logicalId) as string;
}

/** Every logical id an intrinsic value references (Ref, Fn::GetAtt), depth first. */
export function referencedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedIds);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.Ref === 'string') return record.Ref.startsWith('AWS::') ? [] : [record.Ref];
    if (Array.isArray(record['Fn::GetAtt'])) return [String(record['Fn::GetAtt'][0])];
    return Object.values(record).flatMap(referencedIds);
  }
  return [];
}

/**
 * A template value as one readable string: `Fn::GetAtt` → `<Id.Attr>`, `Ref` → `<Id>` (pseudo
 * parameters `${AWS::Region}`), `Fn::Join` joined. Grants and expectations compare as strings.
 */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  const record = (value ?? {}) as Record<string, unknown>;
  if (typeof record.Ref === 'string') return record.Ref.startsWith('AWS::') ? `\${${record.Ref}}` : `<${record.Ref}>`;
  if (Array.isArray(record['Fn::GetAtt'])) return `<${record['Fn::GetAtt'].join('.')}>`;
  if (Array.isArray(record['Fn::Join'])) {
    const [separator, parts] = record['Fn::Join'] as [string, unknown[]];
    return parts.map(flatten).join(separator);
  }
  return JSON.stringify(value);
}

/** A construct's token (ARN, name) as `flatten` prints it. */
export function label(scope: IConstruct, token: string): string {
  return flatten(Stack.of(scope).resolve(token));
}

export interface Grant {
  action: string;
  resource: string;
  condition?: unknown;
}

/** The statements of every policy attached to a role, exploded to one action on one resource each. */
export function grantsOf(template: Template, roleId: string): Grant[] {
  const policies = template.findResources('AWS::IAM::Policy');
  const grants: Grant[] = [];
  for (const policy of Object.values(policies)) {
    const roles = referencedIds(policy.Properties.Roles);
    if (!roles.includes(roleId)) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement) {
      expectAllow(statement);
      const actions = [statement.Action].flat() as string[];
      const resources = [statement.Resource].flat();
      for (const action of actions) {
        for (const resource of resources) {
          grants.push({
            action,
            resource: flatten(resource),
            ...(statement.Condition ? { condition: statement.Condition } : {}),
          });
        }
      }
    }
  }
  return grants;
}

function expectAllow(statement: { Effect: string }): void {
  if (statement.Effect !== 'Allow') throw new Error(`unexpected ${statement.Effect} statement`);
}
