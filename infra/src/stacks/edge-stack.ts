import type { RouteDefinition } from '@lantern/contracts';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import { LanternWebAcl } from '../constructs/web-acl.js';

/** CloudFront-scope resources, which AWS accepts only in us-east-1: the WAF web ACL. */
export class EdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(
    scope: Construct,
    id: string,
    config: StageConfig,
    routes: readonly RouteDefinition[],
    props: StackProps,
  ) {
    super(scope, id, props);
    const { acl } = new LanternWebAcl(this, 'WebAcl', {
      stage: config.stage,
      rateLimit: config.wafRateLimit,
      intakeRateLimit: config.wafIntakeRateLimit,
      routes,
    });
    this.webAclArn = acl.attrArn;
  }
}
