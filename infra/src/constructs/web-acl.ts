import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { API_STAGE } from './http-api.js';

export interface WebAclProps {
  stage: string;
  /** Requests per IP per 5 minutes, any path. */
  rateLimit: number;
  /** Requests per IP per 5 minutes for `POST /api/intakes`, the anonymous write. */
  intakeRateLimit: number;
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
 * groups, a per-IP rate limit, and a tighter one on `POST /api/intakes`.
 */
export class LanternWebAcl extends Construct {
  readonly acl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: WebAclProps) {
    super(scope, id);
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
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      byteMatchStatement: {
                        fieldToMatch: { method: {} },
                        positionalConstraint: 'EXACTLY',
                        searchString: 'POST',
                        textTransformations: [{ priority: 0, type: 'NONE' }],
                      },
                    },
                    {
                      byteMatchStatement: {
                        fieldToMatch: { uriPath: {} },
                        positionalConstraint: 'STARTS_WITH',
                        searchString: `/${API_STAGE}/intakes`,
                        textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
                      },
                    },
                  ],
                },
              },
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
