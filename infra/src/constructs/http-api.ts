import type { RouteDefinition } from '@lantern/contracts';
import { requestHeaders } from '@lantern/contracts';
import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { DeployedRoute } from './lantern-service.js';

/** The API stage; CloudFront forwards `/api/*` to it, so the SPA calls its own origin. */
export const API_STAGE = 'api';

/**
 * Access log fields: what ops need to follow a request, nothing that names a person. No source IP,
 * user agent, path (it carries ids), query string, body or claims; `routeKey` is the template.
 */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  error: '$context.error.message',
};

export interface LanternHttpApiProps {
  stage: string;
  key: kms.IKey;
  logRetentionDays: number;
  production: boolean;
  /** Exact origins allowed by CORS; none means only same-origin calls through CloudFront. */
  corsOrigins: string[];
  throttle: { rateLimit: number; burstLimit: number };
  intakeThrottle: { rateLimit: number; burstLimit: number };
  /** The route values, whose declared request headers CORS allows. */
  routes: readonly RouteDefinition[];
}

/** The HTTP API. Routes come from the manifests via `addRoutes`. */
export class LanternHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  private readonly integrations = new Map<lambda.IFunction, HttpLambdaIntegration>();
  private readonly props: LanternHttpApiProps;

  constructor(scope: Construct, id: string, props: LanternHttpApiProps) {
    super(scope, id);
    this.props = props;
    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: `lantern-${props.stage}`,
      description: 'Lantern HTTP API (routes from the service manifests)',
      createDefaultStage: false,
      ...(props.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: props.corsOrigins,
              allowMethods: [apigw.CorsHttpMethod.ANY],
              allowHeaders: requestHeaders(props.routes),
            },
          }
        : {}),
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.key,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = new apigw.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: API_STAGE,
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
  }

  /** The stage's invoke URL, e.g. `https://abc.execute-api.ca-central-1.amazonaws.com/api`. */
  get url(): string {
    return this.stage.url.replace(/\/$/, '');
  }

  /** Every manifest route: public ones without an authorizer, the rest with the Cognito JWT authorizer. */
  addRoutes(routes: DeployedRoute[], authorizer: HttpJwtAuthorizer): void {
    // RouteSettings is passed to CloudFormation as is, so its keys are CloudFormation's.
    const throttled: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const { route, fn } of routes) {
      // In the function's own (nested) stack, with its integration and invoke permission.
      const created = new apigw.HttpRoute(Stack.of(fn), `Route ${route.method} ${route.path.replaceAll('/', '|')}`, {
        httpApi: this.api,
        routeKey: apigw.HttpRouteKey.with(route.path, apigw.HttpMethod[route.method as keyof typeof apigw.HttpMethod]),
        integration: this.integrationFor(fn),
        ...(route.auth === 'public' ? {} : { authorizer }),
      });
      if (route.auth === 'public' && created) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is public by the API contract (API.md); WAF and stage throttling limit it.`,
        });
      }
      if (route.rateClass === 'anonymousWrite' && created) {
        // Anonymous writes get the tighter limit (POST /intakes, POST /unsubscribe). CloudFormation
        // rejects route settings for a route that does not exist yet, hence the dependency.
        this.stage.node.addDependency(created);
        throttled[`${route.method} ${route.path}`] = {
          ThrottlingRateLimit: this.props.intakeThrottle.rateLimit,
          ThrottlingBurstLimit: this.props.intakeThrottle.burstLimit,
        };
      }
    }
    if (Object.keys(throttled).length > 0) {
      (this.stage.node.defaultChild as apigw.CfnStage).routeSettings = throttled;
    }
  }

  private integrationFor(fn: lambda.IFunction): HttpLambdaIntegration {
    let integration = this.integrations.get(fn);
    if (!integration) {
      integration = new HttpLambdaIntegration(`Integration${this.integrations.size}`, fn);
      this.integrations.set(fn, integration);
    }
    return integration;
  }
}

export function cognitoAuthorizer(issuer: string, clientId: string): HttpJwtAuthorizer {
  return new HttpJwtAuthorizer('Cognito', issuer, { jwtAudience: [clientId], authorizerName: 'cognito' });
}
