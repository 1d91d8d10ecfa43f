import { ROLES } from '@lantern/contracts';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

/** Where the SPA receives the authorization code and silent renewals (web/src/router, web/silent-renew.html). */
export const AUTH_CALLBACK_PATH = '/staff/callback';
export const SILENT_RENEW_PATH = '/silent-renew.html';

export interface AuthProps {
  stage: string;
  organisationName: string;
  production: boolean;
  domainPrefix: string;
  /** `https://host` of the web app: the only redirect target. */
  webOrigin: string;
  threatProtection: boolean;
}

/**
 * Staff sign-in: a user pool where only admins create users, with a strong password policy,
 * TOTP MFA available, one group per role and threat protection; the SPA signs in with code + PKCE.
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  readonly issuer: string;
  readonly redirectUri: string;
  readonly silentRedirectUri: string;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `lantern-${props.stage}-staff`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      userInvitation: {
        emailSubject: `Your ${props.organisationName} staff account`,
        emailBody: `An administrator created your ${props.organisationName} staff account. Sign in at ${props.webOrigin} with {username} and the temporary password {####}, then choose your own.`,
      },
      ...(props.threatProtection
        ? {
            featurePlan: cognito.FeaturePlan.PLUS,
            standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
          }
        : { featurePlan: cognito.FeaturePlan.ESSENTIALS }),
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.userPool,
      'AwsSolutions-COG2',
      'TOTP MFA is available to every staff user (the issue asks for MFA available); organisations that require it set the user pool MFA to required (docs/deploy.md).',
    );
    if (!props.threatProtection) {
      acknowledge(
        this.userPool,
        'AwsSolutions-COG8',
        `Stage ${props.stage} turns threatProtection off in cdk.json (Plus plan cost); production stages keep it on.`,
      );
    }
    for (const role of ROLES) {
      new cognito.CfnUserPoolGroup(this, `${role}Group`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: `Lantern ${role}s`,
      });
    }
    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.domainPrefix } });
    this.redirectUri = `${props.webOrigin}${AUTH_CALLBACK_PATH}`;
    this.silentRedirectUri = `${props.webOrigin}${SILENT_RENEW_PATH}`;
    this.client = this.userPool.addClient('WebClient', {
      userPoolClientName: 'lantern-web',
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [this.redirectUri, this.silentRedirectUri],
        logoutUrls: [`${props.webOrigin}/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
    this.issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
  }

  /** The hosted sign-in origin (`https://<prefix>.auth.<region>.amazoncognito.com`). */
  get signInOrigin(): string {
    return this.domain.baseUrl();
  }
}
