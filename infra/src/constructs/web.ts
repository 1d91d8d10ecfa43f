import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { WebDomainConfig } from '../config.js';
import { acknowledge, nagArn, REASONS } from '../nag.js';
import { API_STAGE } from './http-api.js';

/** Every path without a file extension is an SPA route: serve index.html (API paths excluded). */
const SPA_ROUTING = `function handler(event) {
  var request = event.request;
  if (request.uri.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

export interface WebProps {
  /** `abc123.execute-api.<region>.amazonaws.com`: CloudFront forwards `/api/*` there. */
  apiDomain: string;
  /** The CloudFront-scope WAF web ACL (from the us-east-1 edge stack). */
  webAclArn: string;
  /** Cognito hosted sign-in origin; the SPA's token requests go there. */
  signInOrigin: string;
  webDomain?: WebDomainConfig;
}

/**
 * The SPA on S3 behind CloudFront (origin access control, HTTPS only, strict security headers),
 * and the API behind the same distribution at `/api/*`, so the browser talks to one origin and
 * WAF (which cannot attach to HTTP APIs) inspects API traffic too.
 */
export class Web extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** `https://host` of the web app. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    const region = Stack.of(this).region;
    this.bucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      // The site is rebuilt from git; retained so a stack delete never fails on a non-empty bucket.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const siteReason = 'Public static web assets rebuilt from git on every deploy; they hold no personal data.';
    for (const id of ['AwsSolutions-S1', 'HIPAA.Security-S3BucketLoggingEnabled']) {
      Validations.of(this.bucket).acknowledge({
        id,
        reason: `${siteReason} Access is logged by CloudFront metrics and WAF.`,
      });
    }
    for (const id of ['HIPAA.Security-S3BucketReplicationEnabled', 'HIPAA.Security-S3DefaultEncryptionKMS']) {
      Validations.of(this.bucket).acknowledge({ id, reason: siteReason });
    }

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Lantern security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(region, props.signInOrigin),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        // Signed links carry tokens in their URLs; never leak them to another site.
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=()',
            override: true,
          },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });
    const certificate = props.webDomain
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.webDomain.certificateArn)
      : undefined;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Lantern web app and API',
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      webAclId: props.webAclArn,
      ...(props.webDomain && certificate
        ? {
            domainNames: [props.webDomain.domainName],
            certificate,
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: new cloudfront.Function(this, 'SpaRouting', {
              code: cloudfront.FunctionCode.fromInline(SPA_ROUTING),
              runtime: cloudfront.FunctionRuntime.JS_2_0,
              comment: 'SPA routes to index.html',
            }),
          },
        ],
      },
      additionalBehaviors: {
        [`/${API_STAGE}/*`]: {
          origin: new origins.HttpOrigin(props.apiDomain, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
          }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
    });
    this.origin = props.webDomain
      ? `https://${props.webDomain.domainName}`
      : `https://${this.distribution.distributionDomainName}`;
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'Clients may seek support from anywhere (travel, relocation); no geographic restriction.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        'CloudFront access logs would record client IPs and full URLs (signed-link tokens), i.e. personal data; WAF metrics, sampled requests and CloudWatch metrics serve operations.',
    });
    if (!props.webDomain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its default certificate, whose TLS floor cannot be raised; configure webDomain to enforce TLSv1.2_2021 (docs/deploy.md).',
      });
    }
  }

  /**
   * Deploys the runtime config (`config.json`, never cached) and, when built, the SPA assets.
   * Assets are pruned on deploy except `config.json`.
   */
  deployContent(config: Record<string, unknown>, webDist: string | undefined): void {
    if (webDist) {
      new s3deploy.BucketDeployment(this, 'Assets', {
        sources: [s3deploy.Source.asset(webDist, { exclude: ['config.json'] })],
        destinationBucket: this.bucket,
        exclude: ['config.json'],
        prune: true,
        memoryLimit: 512,
        distribution: this.distribution,
        distributionPaths: ['/*'],
      });
    }
    new s3deploy.BucketDeployment(this, 'RuntimeConfig', {
      sources: [s3deploy.Source.jsonData('config.json', config)],
      destinationBucket: this.bucket,
      prune: false,
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/config.json'],
    });
    this.acknowledgeDeploymentHandlers();
  }

  /** BucketDeployment's handler is CDK's own singleton Lambda (Python, AWS CLI layer) at stack level. */
  private acknowledgeDeploymentHandlers(): void {
    const stack = Stack.of(this);
    const handlers = stack.node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    const cdkOwned =
      'CDK’s BucketDeployment handler, run only by CloudFormation during deploys to copy the web assets and config.json;';
    for (const handler of handlers) {
      const findings: Record<string, string> = {
        'AwsSolutions-L1': `${cdkOwned} its runtime is pinned by aws-cdk-lib and moves with CDK upgrades.`,
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]': `${cdkOwned} the managed policy only lets it write its own logs.`,
        'AwsSolutions-IAM5[Resource::*]': `${cdkOwned} cloudfront:CreateInvalidation/GetInvalidation support no resource-level permissions.`,
        [`AwsSolutions-IAM5[Resource::${nagArn(this.bucket)}/*]`]: `${cdkOwned} it writes and prunes objects in the site bucket only.`,
        [`AwsSolutions-IAM5[Resource::arn:aws:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*]`]: `${cdkOwned} it reads the deploy assets from the CDK bootstrap bucket.`,
        'HIPAA.Security-LambdaInsideVPC': `${cdkOwned} ${REASONS.lambdaVpc}`,
        'HIPAA.Security-LambdaConcurrency': `${cdkOwned} it runs once per deploy.`,
        'HIPAA.Security-LambdaDLQ': `${cdkOwned} CloudFormation invokes it and fails the deploy on error.`,
        'HIPAA.Security-IAMNoInlinePolicy': `${cdkOwned} ${REASONS.inlinePolicy}`,
        'HIPAA.Security-CloudWatchLogGroupEncrypted': `${cdkOwned} its log group holds copy progress, not personal data.`,
      };
      for (const action of ['s3:List*', 's3:GetObject*', 's3:GetBucket*', 's3:DeleteObject*', 's3:Abort*']) {
        findings[`AwsSolutions-IAM5[Action::${action}]`] =
          `${cdkOwned} CDK's bucket grants (read assets, write and prune the site).`;
      }
      for (const [id, reason] of Object.entries(findings)) acknowledge(handler, id, reason);
    }
  }
}

/** Scripts, styles, fonts and images only from the site itself; API calls to itself and Cognito. */
function contentSecurityPolicy(region: string, signInOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${signInOrigin} https://cognito-idp.${region}.amazonaws.com`,
    // oidc-client-ts renews sessions in a hidden iframe on the sign-in domain.
    `frame-src 'self' ${signInOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}
