import { outboxRelayFunction, RESOURCE_ENV, type ServiceManifest } from '@lantern/runtime';
import { SERVICE_MANIFESTS } from '@lantern/service-catalog';
import { REQUIRED_CONFIG_KEYS } from '@lantern/web/required-config-keys';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CRISIS_RESOURCES, fixtureManifest, fixtureStage } from './fixtures/manifests.js';
import { expectedGrants } from './support/expected-grants.js';
import { flatten, grantsOf, label, logicalId, type Synthesized, synthesize } from './support/synth.js';

const MANIFESTS: readonly ServiceManifest[] = [...SERVICE_MANIFESTS, fixtureManifest];

let dev: Synthesized;
let prod: Synthesized;

beforeAll(() => {
  [dev, prod] = synthesize(MANIFESTS, [fixtureStage('dev'), fixtureStage('prod')]) as [Synthesized, Synthesized];
});

const everyFunction = () =>
  MANIFESTS.flatMap((manifest) => Object.entries(manifest.functions).map(([name, spec]) => ({ manifest, name, spec })));

describe('the CDK app built from the manifests', () => {
  it('gives every manifest route an API route, with the JWT authorizer unless the route is public', () => {
    // Prepare
    const routes = dev.template.findResources('AWS::ApiGatewayV2::Route');
    const authorizers = dev.template.findResources('AWS::ApiGatewayV2::Authorizer');
    const [authorizerId] = Object.keys(authorizers);
    const manifestRoutes = everyFunction().flatMap(({ spec }) => spec.routes ?? []);
    // Act
    const byKey = new Map(
      Object.values(routes).map((route) => [route.Properties.RouteKey as string, route.Properties]),
    );
    // Assess
    expect(Object.keys(authorizers)).toHaveLength(1);
    expect(byKey.size).toBe(manifestRoutes.length);
    for (const route of manifestRoutes) {
      const deployed = byKey.get(`${route.method} ${route.path}`);
      expect(deployed, `${route.method} ${route.path}`).toBeDefined();
      if (route.auth === 'public') {
        expect(deployed?.AuthorizationType ?? 'NONE').toBe('NONE');
        expect(deployed?.AuthorizerId).toBeUndefined();
      } else {
        expect(deployed?.AuthorizationType).toBe('JWT');
        expect(deployed?.AuthorizerId).toEqual({ Ref: authorizerId });
      }
    }
  });

  it('checks tokens against the Cognito user pool with the SPA client as the only audience', () => {
    const { auth } = dev.stage.main;
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [dev.stage.main.resolve(auth.client.userPoolClientId)],
        Issuer: dev.stage.main.resolve(auth.issuer),
      },
    });
  });

  it('injects the resource names each permission needs, and only those, into the function environment', () => {
    for (const { manifest, name, spec } of everyFunction()) {
      const deployed = findFunction(dev, manifest.name, name);
      const variables = dev.template.toJSON().Resources[logicalId(deployed.fn)].Properties.Environment.Variables;
      for (const [kind, names] of Object.entries(RESOURCE_ENV)) {
        const granted = spec.permissions.some((permission) => permission.kind === kind);
        for (const variable of Object.values(names)) {
          expect(variables[variable] !== undefined, `${manifest.name}.${name} ${variable}`).toBe(granted);
        }
      }
    }
  });

  it('creates one rule per subscription with the exact manifest pattern, a retry policy and an encrypted DLQ', () => {
    // Prepare
    const rules = Object.values(dev.template.findResources('AWS::Events::Rule'));
    const queues = dev.template.findResources('AWS::SQS::Queue');
    const key = { 'Fn::GetAtt': [logicalId(dev.stage.main.key), 'Arn'] };
    const busName = dev.stage.main.resolve(dev.stage.main.eventBus.bus.eventBusName);
    const subscriptions = everyFunction().flatMap(({ manifest, name, spec }) =>
      (spec.subscriptions ?? []).map((subscription) => ({ manifest, name, subscription })),
    );
    expect(subscriptions.length).toBeGreaterThan(1);
    for (const { manifest, name, subscription } of subscriptions) {
      // Act: two services may subscribe to the same pattern; each has its own rule and target.
      const arn = { 'Fn::GetAtt': [logicalId(findFunction(dev, manifest.name, name).fn), 'Arn'] };
      const matching = rules.filter(
        (rule) =>
          JSON.stringify(rule.Properties.EventPattern) === JSON.stringify(subscription.pattern) &&
          JSON.stringify(rule.Properties.EventBusName) === JSON.stringify(busName) &&
          JSON.stringify(rule.Properties.Targets[0].Arn) === JSON.stringify(arn),
      );
      // Assess
      expect(matching, `${manifest.name}.${name} ${subscription.name}`).toHaveLength(1);
      const [target] = matching[0]!.Properties.Targets;
      expect(target.RetryPolicy.MaximumRetryAttempts).toBeGreaterThan(0);
      const [dlqId] = target.DeadLetterConfig.Arn['Fn::GetAtt'];
      expect(queues[dlqId]?.Properties.KmsMasterKeyId).toEqual(key);
    }
  });

  it('encrypts every table with the customer key, with PITR, streams and the manifest keys and indexes', () => {
    const key = { 'Fn::GetAtt': [logicalId(dev.stage.main.key), 'Arn'] };
    for (const manifest of MANIFESTS) {
      const service = dev.stage.main.services.find((candidate) => candidate.node.id.toLowerCase() === manifest.name)!;
      for (const [name, spec] of Object.entries(manifest.tables)) {
        const table = dev.template.toJSON().Resources[logicalId(service.tables[name]!)].Properties;
        expect(table.SSESpecification).toEqual({ KMSMasterKeyId: key, SSEEnabled: true, SSEType: 'KMS' });
        expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
        expect(table.StreamSpecification).toEqual(spec.stream ? { StreamViewType: 'NEW_IMAGE' } : undefined);
        expect(table.KeySchema).toEqual([
          { AttributeName: spec.partitionKey.name, KeyType: 'HASH' },
          ...(spec.sortKey ? [{ AttributeName: spec.sortKey.name, KeyType: 'RANGE' }] : []),
        ]);
        expect((table.GlobalSecondaryIndexes ?? []).map((index: { IndexName: string }) => index.IndexName)).toEqual(
          (spec.indexes ?? []).map((index) => index.name),
        );
        if (spec.ttlAttribute) expect(table.TimeToLiveSpecification.AttributeName).toBe(spec.ttlAttribute);
      }
    }
    dev.template.resourceCountIs('AWS::KMS::Key', 1);
    dev.template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('protects data in production and lets dev stages be torn down', () => {
    for (const table of Object.values(prod.template.findResources('AWS::DynamoDB::Table'))) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    }
    for (const table of Object.values(dev.template.findResources('AWS::DynamoDB::Table'))) {
      expect(table.DeletionPolicy).toBe('Delete');
      expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    }
    prod.template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain' });
    prod.template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
  });

  it("lets each function's role do exactly what its manifest grants, nothing more", () => {
    for (const { manifest, name } of everyFunction()) {
      // Prepare
      const deployed = findFunction(dev, manifest.name, name);
      const expected = expectedGrants(dev.stage.main, deployed);
      // Act
      const granted = grantsOf(dev.template, logicalId(deployed.fn.role!));
      // Assess
      expect(new Set(granted.map((grant) => `${grant.action} ${grant.resource}`)), `${manifest.name}.${name}`).toEqual(
        expected,
      );
    }
  });

  it('lets a function publish only with its own service as the event source', () => {
    const busArn = label(dev.stage.main, dev.stage.main.eventBus.bus.eventBusArn);
    for (const { manifest, name } of everyFunction()) {
      const grants = grantsOf(dev.template, logicalId(findFunction(dev, manifest.name, name).fn.role!)).filter(
        (grant) => grant.action === 'events:PutEvents',
      );
      for (const grant of grants) {
        expect(grant.resource).toBe(busArn);
        expect(grant.condition).toEqual({ StringEquals: { 'events:source': manifest.eventSource } });
      }
    }
  });

  it('feeds each outbox relay from its table stream, filtered to outbox items, with bisect, partial failures and an on-failure queue', () => {
    const relays = everyFunction().filter(({ spec }) => spec.streamSource);
    expect(relays.length).toBeGreaterThanOrEqual(2);
    for (const { manifest, name, spec } of relays) {
      const deployed = findFunction(dev, manifest.name, name);
      const service = dev.stage.main.services.find((candidate) => candidate.functions.includes(deployed))!;
      dev.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: logicalId(deployed.fn) },
        EventSourceArn: { 'Fn::GetAtt': [logicalId(service.tables[spec.streamSource!.table]!), 'StreamArn'] },
        BatchSize: spec.streamSource!.batchSize,
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        FilterCriteria: {
          Filters: [
            {
              Pattern: JSON.stringify({
                dynamodb: { NewImage: { pk: { S: [{ prefix: spec.streamSource!.partitionKeyPrefix }] } } },
              }),
            },
          ],
        },
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(deployed.streamFailureQueue!), 'Arn'] } },
        },
      });
    }
    expect(outboxRelayFunction('main').streamSource?.partitionKeyPrefix).toBe('OUTBOX#');
  });

  it('runs every function on the newest Node.js runtime, arm64, traced, with the manifest environment', () => {
    for (const { manifest, name } of everyFunction()) {
      const deployed = findFunction(dev, manifest.name, name);
      const props = dev.template.toJSON().Resources[logicalId(deployed.fn)].Properties;
      expect(props.Runtime).toBe('nodejs24.x');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.TracingConfig).toEqual({ Mode: 'Active' });
      expect(props.Environment.Variables.LANTERN_EVENT_SOURCE).toBe(manifest.eventSource);
      expect(props.LoggingConfig.LogGroup).toEqual({ Ref: logicalId(deployed.logGroup) });
    }
  });

  it('allows wildcards only where AWS requires them, each for a stated reason', () => {
    // Prepare
    const wildcards = [dev.template, dev.edge].flatMap((template) =>
      policyDocuments(template).flatMap(({ policyId, statements }) =>
        statements.flatMap((statement) =>
          [statement.Action]
            .flat()
            .flatMap((action) =>
              [statement.Resource].flat().map((resource) => ({ policyId, action, resource: flatten(resource) })),
            ),
        ),
      ),
    );
    // Act
    const unexplained = wildcards
      .filter(({ action, resource }) => action.includes('*') || resource.includes('*'))
      .filter(
        ({ policyId, action, resource }) =>
          !ALLOWED_WILDCARDS.some((allowed) => allowed.matches(policyId, action, resource)),
      );
    // Assess
    expect(unexplained).toEqual([]);
  });

  it('puts the web app behind CloudFront with OAC, HTTPS, a strict CSP, SPA routing and the WAF', () => {
    dev.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        WebACLId: Match.anyValue(),
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })],
        }),
        CacheBehaviors: [Match.objectLike({ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' })],
      }),
    });
    dev.template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const policy = Object.values(dev.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0];
    const csp = policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy;
    expect(csp.ContentSecurityPolicy).toMatch(/default-src 'self'; script-src 'self'; style-src 'self'/);
    expect(csp.ContentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval/);
    dev.edge.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'IntakeRateLimit',
          Statement: { RateBasedStatement: Match.objectLike({ Limit: fixtureStage('dev').wafIntakeRateLimit }) },
        }),
      ]),
    });
  });

  it('writes the runtime config the SPA requires (web/src/config/runtime-config.ts)', () => {
    const config = dev.stage.main.runtimeConfig;
    for (const key of REQUIRED_CONFIG_KEYS) {
      expect(typeof config[key], key).toBe('string');
    }
    expect(dev.stage.main.resolve(config.redirectUri)).toEqual(dev.stage.main.resolve(dev.stage.main.auth.redirectUri));
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [
        dev.stage.main.resolve(config.redirectUri as string),
        dev.stage.main.resolve(config.silentRedirectUri as string),
      ],
    });
  });

  it('gives the intake API and the SPA the same crisis resources, from the stage configuration', () => {
    const deployed = findFunction(dev, 'intake', 'submitIntake');
    const variables = dev.template.toJSON().Resources[logicalId(deployed.fn)].Properties.Environment.Variables;
    expect(JSON.parse(variables.CRISIS_RESOURCES)).toEqual(FIXTURE_CRISIS_RESOURCES);
    expect(dev.stage.main.runtimeConfig.crisisResources).toEqual(FIXTURE_CRISIS_RESOURCES);
  });

  it('keeps personal data out of API access logs and throttles the anonymous writes tighter', () => {
    const stage = Object.values(dev.template.findResources('AWS::ApiGatewayV2::Stage'))[0]!.Properties;
    const format = stage.AccessLogSettings.Format as string;
    expect(format).not.toMatch(/sourceIp|userAgent|\$context\.path|querystring|claims|requestOverride/i);
    expect(stage.DefaultRouteSettings).toEqual(
      expect.objectContaining({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 }),
    );
    expect(stage.RouteSettings['POST /intakes']).toEqual({ ThrottlingRateLimit: 2, ThrottlingBurstLimit: 10 });
    const [stageResource] = Object.values(dev.template.findResources('AWS::ApiGatewayV2::Stage'));
    const routes = dev.template.findResources('AWS::ApiGatewayV2::Route', {
      Properties: { RouteKey: 'POST /intakes' },
    });
    expect(stageResource?.DependsOn).toEqual(expect.arrayContaining(Object.keys(routes)));
  });

  it('signs staff in through a pool without self sign-up, with groups per role and a public PKCE client', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true, InviteMessageTemplate: Match.anyValue() },
      MfaConfiguration: 'OPTIONAL',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
    for (const group of ['coordinator', 'peer', 'admin']) {
      dev.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
    }
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
    });
  });
});

function findFunction(synthesized: Synthesized, service: string, name: string) {
  const deployed = synthesized.stage.main.services
    .flatMap((candidate) => candidate.functions)
    .find((fn) => fn.service === service && fn.name === name);
  if (!deployed) throw new Error(`no function ${service}.${name}`);
  return deployed;
}

interface AllowedWildcard {
  reason: string;
  matches(policyId: string, action: string, resource: string): boolean;
}

const isBucketDeployment = (policyId: string) => policyId.startsWith('CustomCDKBucketDeployment');

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

/** Policy resources and the inline policies of roles (CDK's custom-resource providers use those). */
function policyDocuments(template: Template): { policyId: string; statements: Statement[] }[] {
  const policies = Object.entries(template.findResources('AWS::IAM::Policy')).map(([policyId, policy]) => ({
    policyId,
    statements: policy.Properties.PolicyDocument.Statement as Statement[],
  }));
  const inline = Object.entries(template.findResources('AWS::IAM::Role')).flatMap(([roleId, role]) =>
    ((role.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).map((policy) => ({
      policyId: roleId,
      statements: policy.PolicyDocument.Statement,
    })),
  );
  return [...policies, ...inline];
}

/** Every wildcard the app may contain, and why AWS (or the CDK construct that needs it) requires it. */
const ALLOWED_WILDCARDS: AllowedWildcard[] = [
  {
    reason: 'X-Ray accepts no resource-level permissions for writing traces.',
    matches: (_, action, resource) => resource === '*' && action.startsWith('xray:Put'),
  },
  {
    reason: 'dynamodb:ListStreams has no resource-level permissions; the stream mapping needs it.',
    matches: (_, action, resource) => resource === '*' && action === 'dynamodb:ListStreams',
  },
  {
    reason: "A table's global secondary indexes are separate ARNs under the table; all are declared in its manifest.",
    matches: (_, action, resource) =>
      action.startsWith('dynamodb:') && /^<[A-Za-z0-9]+\.Arn>\/index\/\*$/.test(resource),
  },
  {
    reason:
      'KMS action families (GenerateDataKey, GenerateDataKeyWithoutPlaintext; ReEncryptFrom/To) for the one customer key.',
    matches: (_, action, resource) =>
      ['kms:ReEncrypt*', 'kms:GenerateDataKey*'].includes(action) && /^<Encryption[A-Za-z0-9]+\.Arn>$/.test(resource),
  },
  {
    reason: 'Reminder schedules are created at run time with names unknown at deploy; AWS scopes them by group.',
    matches: (_, action, resource) =>
      action.startsWith('scheduler:') && /:schedule\/lantern-[a-z]+-reminders\/\*$/.test(resource),
  },
  {
    reason:
      "CDK's BucketDeployment handler reads assets, writes and prunes the site bucket, and invalidates CloudFront (no resource-level permissions).",
    matches: (policyId, action, resource) =>
      isBucketDeployment(policyId) &&
      (/^s3:(GetObject|GetBucket|List|DeleteObject|Abort)\*$/.test(action) ||
        (/^s3:/.test(action) && /^<WebSite[A-Za-z0-9]+\.Arn>\/\*$|cdk-hnb659fds-assets-/.test(resource)) ||
        (resource === '*' && action.startsWith('cloudfront:'))),
  },
  {
    reason:
      "CDK's cross-region references (the us-east-1 web ACL ARN) pass through SSM parameters under /cdk/exports/, named per reference.",
    matches: (policyId, action, resource) =>
      policyId.startsWith('CustomCrossRegionExport') &&
      action.startsWith('ssm:') &&
      /:parameter\/cdk\/exports\/([A-Za-z0-9-]+\/)?\*$/.test(resource),
  },
];
