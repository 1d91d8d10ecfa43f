import type { RouteDefinition } from '@lantern/contracts';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { API_STAGE } from './http-api.js';

export interface WebAclProps {
  stage: string;
  /** Requests per IP per 5 minutes, any path. */
  rateLimit: number;
  /** Requests per IP per 5 minutes for the anonymous writes (`POST /api/intakes`, ...). */
  intakeRateLimit: number;
  /** The route values: those of rate class `anonymousWrite` get the tighter limit. */
  routes: readonly RouteDefinition[];
}

const byteMatch = (
  field: wafv2.CfnWebACL.FieldToMatchProperty,
  constraint: string,
  text: string,
  transform = 'NONE',
) => ({
  byteMatchStatement: {
    fieldToMatch: field,
    positionalConstraint: constraint,
    searchString: text,
    textTransformations: [{ priority: 0, type: transform }],
  },
});

/** Method and the path's literal beginning (up to its first parameter) of each anonymous write. */
export function anonymousWriteStatements(routes: readonly RouteDefinition[]): wafv2.CfnWebACL.StatementProperty[] {
  const seen = new Set<string>();
  const statements: wafv2.CfnWebACL.StatementProperty[] = [];
  for (const route of routes.filter((r) => r.rateClass === 'anonymousWrite')) {
    const literal = route.path.split('{')[0]?.toLowerCase() ?? route.path;
    const key = `${route.method} ${literal}`;
    if (seen.has(key)) continue;
    seen.add(key);
    statements.push({
      andStatement: {
        statements: [
          byteMatch({ method: {} }, 'EXACTLY', route.method),
          byteMatch({ uriPath: {} }, 'STARTS_WITH', `/${API_STAGE}${literal}`, 'LOWERCASE'),
        ],
      },
    });
  }
  return statements;
}

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const managed = (priority: number, name: string): wafv2.CfnWebACL.RuleProperty => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
  visibilityConfig: visibility(name),
});

/**
 * The CloudFront-scope web ACL in front of the web app and the API (`/api/*`): AWS managed rule
 * groups, a per-IP rate limit, and a tighter one on the anonymous writes the route values name.
 */
export class LanternWebAcl extends Construct {
  readonly acl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: WebAclProps) {
    super(scope, id);
    const writes = anonymousWriteStatements(props.routes);
    const [first] = writes;
    if (!first) throw new Error('No anonymous write route: the intake route is missing from the manifests');
    const scopeDown = writes.length === 1 ? first : { orStatement: { statements: writes } };
    this.acl = new wafv2.CfnWebACL(this, 'Acl', {
      name: `lantern-${props.stage}`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`lantern-${props.stage}`),
      rules: [
        {
          name: 'IntakeRateLimit',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: props.intakeRateLimit,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: scopeDown,
            },
          },
          visibilityConfig: visibility('IntakeRateLimit'),
        },
        {
          name: 'RateLimit',
          priority: 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: { limit: props.rateLimit, evaluationWindowSec: 300, aggregateKeyType: 'IP' },
          },
          visibilityConfig: visibility('RateLimit'),
        },
        managed(2, 'AWSManagedRulesAmazonIpReputationList'),
        managed(3, 'AWSManagedRulesCommonRuleSet'),
        managed(4, 'AWSManagedRulesKnownBadInputsRuleSet'),
      ],
    });
    acknowledge(
      this.acl,
      'HIPAA.Security-WAFv2LoggingEnabled',
      'WAF logs would record client IPs, headers and URLs with signed-link tokens, i.e. personal data of people seeking support; CloudWatch metrics per rule and sampled requests serve operations.',
    );
  }
}
