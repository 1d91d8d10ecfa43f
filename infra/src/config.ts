import { CrisisResourcesByLocale, DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';

/**
 * Per-stage deployment configuration, read from `cdk.json` (`context.lantern.stages.<stage>`) and
 * validated before any construct exists, so a missing value fails synth with a sentence naming it.
 */

export interface WebDomainConfig {
  /** The web app's host name, e.g. `support.example.org`. */
  domainName: string;
  /** ACM certificate for `domainName`, in us-east-1 (CloudFront reads certificates only there). */
  certificateArn: string;
}

export interface StageConfig {
  /** `dev`, `prod`, ...: part of every stack name. */
  stage: string;
  /** AWS account; absent means the account of the deploying credentials. */
  account?: string;
  /** The region that holds Lantern's data. */
  region: string;
  /** Production stages retain tables, key and user pool on delete and turn on deletion protection. */
  production: boolean;
  /** Receives alarm emails (SNS subscription). */
  opsEmail: string;
  /** The SES identity mail is sent from: a domain (`example.org`) or one address. */
  senderIdentity: string;
  /** The From address; must belong to `senderIdentity`. */
  senderEmail: string;
  organisationName: string;
  /** Cognito hosted sign-in domain prefix: `<prefix>.auth.<region>.amazoncognito.com`. */
  authDomainPrefix: string;
  webDomain?: WebDomainConfig;
  logRetentionDays: number;
  /** HTTP API stage throttling (requests per second, steady and burst). */
  apiThrottle: { rateLimit: number; burstLimit: number };
  /** Tighter stage throttling for `POST /intakes`, the public write. */
  intakeThrottle: { rateLimit: number; burstLimit: number };
  /** WAF rate-based rules: requests per IP per 5 minutes, overall and for `POST /intakes`. */
  wafRateLimit: number;
  wafIntakeRateLimit: number;
  /** Cognito threat protection (Plus feature plan): adaptive authentication, compromised credentials. */
  threatProtection: boolean;
  /**
   * The organisation's crisis resources in each language (`{en: [...], fr: [...]}`): the intake
   * API answers with them and the SPA's `config.json` carries the same value.
   */
  crisisResources: CrisisResourcesByLocale;
  /** Where "Exit this page" goes; default the web app's neutral page. May be another site. */
  quickExitUrl?: string;
  /** The organisation's privacy notice; default the web app's own `/privacy` page. */
  privacyNoticeUrl?: string;
  /** Overrides of manifest function `environment` values. */
  functionConfig: Record<string, string>;
  /** AWS End User Messaging SMS origination identity (phone number or pool ARN) for texts; absent: the stage's pool `lantern-<stage>`. */
  smsOriginationIdentity?: string;
  /** Set when the values are examples committed for CI; synth warns, and ops must replace them. */
  exampleValues?: string;
}

export class StageConfigError extends Error {
  override name = 'StageConfigError';
}

const WHERE = (stage: string, key: string) => `context.lantern.stages.${stage}.${key} in cdk.json`;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DOMAIN = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** Validates one stage's raw context object; every problem is reported, not just the first. */
export function parseStageConfig(stage: string, raw: unknown): StageConfig {
  const input = (raw ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const text = (key: string, what: string): string => {
    const value = input[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    problems.push(`Stage "${stage}" has no ${key} (${what}): set ${WHERE(stage, key)}.`);
    return '';
  };
  const number = (key: string, fallback: number): number => {
    const value = input[key] ?? fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
    problems.push(`Stage "${stage}" has an invalid ${key}: set ${WHERE(stage, key)} to a positive number.`);
    return fallback;
  };

  const region = text('region', 'the AWS region for its data, e.g. ca-central-1');
  if (region && !REGION.test(region)) problems.push(`Stage "${stage}" region "${region}" is not an AWS region name.`);
  const opsEmail = text('opsEmail', 'the address that receives alarms');
  if (opsEmail && !EMAIL.test(opsEmail))
    problems.push(`Stage "${stage}" opsEmail "${opsEmail}" is not an email address.`);
  const senderIdentity = text('senderIdentity', 'the SES identity mail is sent from, a domain or an address');
  if (senderIdentity && !EMAIL.test(senderIdentity) && !DOMAIN.test(senderIdentity)) {
    problems.push(`Stage "${stage}" senderIdentity "${senderIdentity}" is neither a domain nor an email address.`);
  }
  const senderEmail =
    typeof input.senderEmail === 'string' && input.senderEmail
      ? input.senderEmail
      : EMAIL.test(senderIdentity)
        ? senderIdentity
        : '';
  if (!senderEmail && senderIdentity) {
    problems.push(`Stage "${stage}" has no senderEmail (the From address): set ${WHERE(stage, 'senderEmail')}.`);
  } else if (senderEmail && senderIdentity && !belongsTo(senderEmail, senderIdentity)) {
    problems.push(
      `Stage "${stage}" senderEmail "${senderEmail}" is not covered by senderIdentity "${senderIdentity}".`,
    );
  }
  const authDomainPrefix = text('authDomainPrefix', 'the Cognito sign-in domain prefix, unique in the region');
  if (authDomainPrefix && !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(authDomainPrefix)) {
    problems.push(
      `Stage "${stage}" authDomainPrefix "${authDomainPrefix}" must be lowercase letters, digits and hyphens.`,
    );
  } else if (/aws|amazon|cognito/.test(authDomainPrefix)) {
    problems.push(`Stage "${stage}" authDomainPrefix may not contain aws, amazon or cognito (a Cognito rule).`);
  }
  const account = input.account;
  if (account !== undefined && !(typeof account === 'string' && /^\d{12}$/.test(account))) {
    problems.push(`Stage "${stage}" account must be a 12-digit AWS account id: fix ${WHERE(stage, 'account')}.`);
  }
  const webDomain = parseWebDomain(stage, input.webDomain, problems);
  const logRetentionDays = number('logRetentionDays', 365);
  if (!RETENTION_DAYS.includes(logRetentionDays)) {
    problems.push(
      `Stage "${stage}" logRetentionDays ${logRetentionDays} is not a CloudWatch retention (${RETENTION_DAYS.join(', ')}).`,
    );
  }
  const functionConfig = (input.functionConfig ?? {}) as Record<string, unknown>;
  if (Object.values(functionConfig).some((value) => typeof value !== 'string')) {
    problems.push(`Stage "${stage}" functionConfig values must be strings: fix ${WHERE(stage, 'functionConfig')}.`);
  }

  if ('CRISIS_RESOURCES' in functionConfig) {
    problems.push(
      `Stage "${stage}" sets crisis resources in functionConfig: move them to ${WHERE(stage, 'crisisResources')}, by language.`,
    );
  }
  const crisisResources = parseCrisisResources(stage, input.crisisResources, problems);
  const quickExitUrl = optionalUrl(stage, input, 'quickExitUrl', problems);
  const privacyNoticeUrl = optionalUrl(stage, input, 'privacyNoticeUrl', problems);

  if (problems.length > 0) throw new StageConfigError(problems.join('\n'));
  return {
    stage,
    ...(typeof account === 'string' ? { account } : {}),
    region,
    production: typeof input.production === 'boolean' ? input.production : stage === 'prod',
    opsEmail,
    senderIdentity,
    senderEmail,
    organisationName: typeof input.organisationName === 'string' ? input.organisationName : 'Lantern',
    authDomainPrefix,
    ...(webDomain ? { webDomain } : {}),
    logRetentionDays,
    apiThrottle: { rateLimit: number('apiRateLimit', 50), burstLimit: number('apiBurstLimit', 100) },
    intakeThrottle: { rateLimit: number('intakeRateLimit', 2), burstLimit: number('intakeBurstLimit', 10) },
    wafRateLimit: number('wafRateLimit', 1000),
    wafIntakeRateLimit: number('wafIntakeRateLimit', 20),
    threatProtection: input.threatProtection !== false,
    crisisResources,
    ...(quickExitUrl ? { quickExitUrl } : {}),
    ...(privacyNoticeUrl ? { privacyNoticeUrl } : {}),
    functionConfig: functionConfig as Record<string, string>,
    ...(typeof input.exampleValues === 'string' ? { exampleValues: input.exampleValues } : {}),
    ...(typeof input.smsOriginationIdentity === 'string'
      ? { smsOriginationIdentity: input.smsOriginationIdentity }
      : {}),
  };
}

/**
 * All stages from the `lantern` context object; `only` narrows to one stage (`-c stage=prod`).
 */
export function parseStageConfigs(lanternContext: unknown, only?: string): StageConfig[] {
  const stages = (lanternContext as { stages?: Record<string, unknown> } | undefined)?.stages;
  if (!stages || Object.keys(stages).length === 0) {
    throw new StageConfigError(
      'No stages configured: add context.lantern.stages.<stage> in cdk.json (see docs/deploy.md).',
    );
  }
  if (only !== undefined && !(only in stages)) {
    throw new StageConfigError(`Stage "${only}" is not configured: add context.lantern.stages.${only} in cdk.json.`);
  }
  const names = only === undefined ? Object.keys(stages) : [only];
  const problems: string[] = [];
  const configs: StageConfig[] = [];
  for (const name of names) {
    try {
      configs.push(parseStageConfig(name, stages[name]));
    } catch (error) {
      if (!(error instanceof StageConfigError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new StageConfigError(problems.join('\n'));
  return configs;
}

function parseWebDomain(stage: string, raw: unknown, problems: string[]): WebDomainConfig | undefined {
  if (raw === undefined) return undefined;
  const value = raw as Partial<WebDomainConfig>;
  if (typeof value.domainName !== 'string' || !DOMAIN.test(value.domainName)) {
    problems.push(
      `Stage "${stage}" webDomain.domainName is missing or not a host name: fix ${WHERE(stage, 'webDomain')}.`,
    );
  }
  if (typeof value.certificateArn !== 'string' || !value.certificateArn.startsWith('arn:aws:acm:us-east-1:')) {
    problems.push(
      `Stage "${stage}" webDomain.certificateArn must be an ACM certificate in us-east-1: fix ${WHERE(stage, 'webDomain')}.`,
    );
  }
  return value as WebDomainConfig;
}

function parseCrisisResources(stage: string, raw: unknown, problems: string[]): CrisisResourcesByLocale {
  if (raw === undefined) return DEFAULT_CRISIS_RESOURCES;
  const parsed = CrisisResourcesByLocale.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const at = ['crisisResources', ...issue.path].join('.');
    problems.push(`Stage "${stage}" ${at}: ${issue.message}: fix ${WHERE(stage, 'crisisResources')}.`);
  }
  return DEFAULT_CRISIS_RESOURCES;
}

function optionalUrl(stage: string, input: Record<string, unknown>, key: string, problems: string[]) {
  const value = input[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value)) return value;
  problems.push(`Stage "${stage}" ${key} must be an https:// address: fix ${WHERE(stage, key)}.`);
  return undefined;
}

function belongsTo(email: string, identity: string): boolean {
  if (EMAIL.test(identity)) return email.toLowerCase() === identity.toLowerCase();
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return domain === identity.toLowerCase() || domain.endsWith(`.${identity.toLowerCase()}`);
}
