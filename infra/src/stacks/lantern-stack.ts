import { manifestRoutes, type ServiceManifest } from '@lantern/runtime';
import { Annotations, CfnOutput, NestedStack, Stack, type StackProps } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import { Auth } from '../constructs/auth.js';
import { Email } from '../constructs/email.js';
import { EncryptionKey } from '../constructs/encryption-key.js';
import { LanternEventBus } from '../constructs/event-bus.js';
import { cognitoAuthorizer, LanternHttpApi } from '../constructs/http-api.js';
import { LanternService } from '../constructs/lantern-service.js';
import { LinkKeys } from '../constructs/link-keys.js';
import { Monitoring } from '../constructs/monitoring.js';
import { Reminders, remindersGroupName } from '../constructs/reminders.js';
import { Web } from '../constructs/web.js';

export interface LanternStackProps extends StackProps {
  config: StageConfig;
  manifests: readonly ServiceManifest[];
  /** Workspace root (holds pnpm-lock.yaml). */
  projectRoot: string;
  /** The built SPA (`web/dist`), or undefined to deploy infrastructure and config.json only. */
  webDist: string | undefined;
  webAclArn: string;
}

/** One stage of Lantern in its data region: data, bus, services, API, sign-in, web, monitoring. */
export class LanternStack extends Stack {
  readonly services: LanternService[] = [];
  readonly api: LanternHttpApi;
  readonly auth: Auth;
  readonly web: Web;
  readonly key: kms.Key;
  readonly eventBus: LanternEventBus;
  readonly email: Email;
  readonly reminders: Reminders;
  /** Where `sendText` functions send from (an End User Messaging pool or number). */
  readonly smsOriginationIdentityArn: string;
  /** What `/config.json` tells the SPA. */
  readonly runtimeConfig: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: LanternStackProps) {
    super(scope, id, props);
    const { config } = props;
    if (config.exampleValues) {
      Annotations.of(this).addWarningV2('lantern:exampleValues', `Stage ${config.stage}: ${config.exampleValues}`);
    }
    const { key } = new EncryptionKey(this, 'Encryption', { production: config.production });
    this.key = key;
    const eventBus = new LanternEventBus(this, 'Events', {
      stage: config.stage,
      key,
      archiveDays: 365,
    });
    this.eventBus = eventBus;
    const email = new Email(this, 'Email', {
      stage: config.stage,
      senderIdentity: config.senderIdentity,
      bus: eventBus.bus,
      key,
    });
    this.email = email;
    const reminders = new Reminders(this, 'Reminders', { stage: config.stage, bus: eventBus.bus });
    this.reminders = reminders;

    this.api = new LanternHttpApi(this, 'Http', {
      stage: config.stage,
      key,
      logRetentionDays: config.logRetentionDays,
      production: config.production,
      corsOrigins: config.webDomain ? [`https://${config.webDomain.domainName}`] : [],
      throttle: config.apiThrottle,
      intakeThrottle: config.intakeThrottle,
      routes: manifestRoutes(props.manifests),
    });
    const signInOrigin = `https://${config.authDomainPrefix}.auth.${this.region}.amazoncognito.com`;
    this.web = new Web(this, 'Web', {
      apiDomain: `${this.api.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`,
      webAclArn: props.webAclArn,
      signInOrigin,
      ...(config.webDomain ? { webDomain: config.webDomain } : {}),
    });
    this.auth = new Auth(this, 'Auth', {
      stage: config.stage,
      organisationName: config.organisationName,
      production: config.production,
      domainPrefix: config.authDomainPrefix,
      webOrigin: this.web.origin,
      threatProtection: config.threatProtection,
    });

    const functionConfig: Record<string, string> = {
      ORGANISATION_NAME: config.organisationName,
      WEB_ORIGIN: this.web.origin,
      ...config.functionConfig,
      // The same value as config.json's `crisisResources` below: one configuration, two readers.
      CRISIS_RESOURCES: JSON.stringify(config.crisisResources),
    };
    const linkKeys = new LinkKeys(this, 'LinkKeys', { key, production: config.production });
    const smsOriginationIdentityArn =
      config.smsOriginationIdentity ??
      this.formatArn({ service: 'sms-voice', resource: 'pool', resourceName: `lantern-${config.stage}` });
    this.smsOriginationIdentityArn = smsOriginationIdentityArn;
    // What each manifest permission injects into the functions granted it.
    const resources = {
      sendEmail: { senderEmail: config.senderEmail, configurationSet: email.configurationSet.configurationSetName },
      sendText: { originationIdentity: smsOriginationIdentityArn, configurationSet: '' },
      manageSchedules: {
        group: reminders.group.scheduleGroupName,
        roleArn: reminders.role.roleArn,
        busArn: eventBus.bus.eventBusArn,
      },
      signLinks: { keyRing: linkKeys.dynamicReference },
    };
    for (const manifest of props.manifests) {
      // One nested stack per service: CloudFormation allows 500 resources a stack, and each
      // function brings its role, policy, logs, alarms, route, integration and permission.
      const serviceStack = new NestedStack(this, `${serviceId(manifest.name)}Stack`, {
        description: `Lantern ${config.stage}: the ${manifest.name} service`,
      });
      this.services.push(
        new LanternService(serviceStack, serviceId(manifest.name), {
          manifest,
          key,
          grantTargets: {
            bus: eventBus.bus,
            email: { identity: email.identity, configurationSetArn: email.configurationSetArn },
            schedules: { group: reminders.group, role: reminders.role, groupName: remindersGroupName(config.stage) },
            sms: { originationIdentityArn: smsOriginationIdentityArn },
            linkKeys: { secretArn: linkKeys.secret.secretArn },
          },
          functionConfig,
          resources,
          production: config.production,
          logRetentionDays: config.logRetentionDays,
          projectRoot: props.projectRoot,
        }),
      );
    }
    this.api.addRoutes(
      this.services.flatMap((service) => service.routes),
      cognitoAuthorizer(this.auth.issuer, this.auth.client.userPoolClientId),
    );
    const apiUrl = `${this.web.origin}/api`;
    // The shape web/src/config/runtime-config.ts reads (ADR 0050).
    this.runtimeConfig = {
      apiUrl,
      authority: this.auth.issuer,
      clientId: this.auth.client.userPoolClientId,
      redirectUri: this.auth.redirectUri,
      postLogoutRedirectUri: `${this.web.origin}/`,
      silentRedirectUri: this.auth.silentRedirectUri,
      scope: 'openid email profile',
      quickExitUrl: config.quickExitUrl ?? `${this.web.origin}/neutral.html`,
      privacyNoticeUrl: config.privacyNoticeUrl ?? `${this.web.origin}/privacy`,
      signInDomain: signInOrigin,
      region: this.region,
      stage: config.stage,
      organisationName: config.organisationName,
      crisisResources: config.crisisResources,
    };
    this.web.deployContent(this.runtimeConfig, props.webDist);

    new Monitoring(this, 'Monitoring', {
      stage: config.stage,
      opsEmail: config.opsEmail,
      key,
      functions: this.services.flatMap((s) => s.functions.map((f) => ({ label: label(f.service, f.name), fn: f.fn }))),
      streamConsumers: this.services.flatMap((s) =>
        s.functions.filter((f) => f.spec.streamSource).map((f) => ({ label: label(f.service, f.name), fn: f.fn })),
      ),
      deadLetterQueues: [
        { label: 'EventBusDlq', queue: eventBus.deadLetterQueue },
        { label: 'SesForwardDlq', queue: email.forwardingDlq },
        ...this.services.flatMap((s) =>
          s.deadLetterQueues.map((queue) => ({ label: `${serviceId(s.node.id)}${queue.node.id}`, queue })),
        ),
      ],
      apiStage: this.api.stage,
    });

    new CfnOutput(this, 'WebUrl', { value: this.web.origin, description: 'The web app' });
    new CfnOutput(this, 'ApiUrl', { value: apiUrl, description: 'The API, through CloudFront' });
    new CfnOutput(this, 'ApiDirectUrl', { value: this.api.url, description: 'The API stage URL (behind no WAF)' });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId });
    new CfnOutput(this, 'Issuer', { value: this.auth.issuer });
    new CfnOutput(this, 'SignInDomain', { value: signInOrigin });
    new CfnOutput(this, 'EventBusName', { value: eventBus.bus.eventBusName });
    new CfnOutput(this, 'SesIdentity', { value: email.identity.emailIdentityName });
    new CfnOutput(this, 'DashboardName', { value: `lantern-${config.stage}` });
  }
}

function serviceId(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function label(service: string, fn: string): string {
  return `${serviceId(service)}${serviceId(fn)}`;
}
