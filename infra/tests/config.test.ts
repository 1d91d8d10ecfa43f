import { DEFAULT_CRISIS_RESOURCES } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { parseStageConfig, parseStageConfigs, StageConfigError } from '../src/index.js';

const complete = {
  region: 'ca-central-1',
  opsEmail: 'ops@example.org',
  senderIdentity: 'example.org',
  senderEmail: 'hello@example.org',
  authDomainPrefix: 'lantern-test',
};

describe('stage configuration', () => {
  it('names the missing ops email and where to set it', () => {
    // Prepare
    const { opsEmail: _omitted, ...raw } = complete;
    // Act
    const parse = () => parseStageConfig('prod', raw);
    // Assess
    expect(parse).toThrow(StageConfigError);
    expect(parse).toThrow(/Stage "prod" has no opsEmail .*context\.lantern\.stages\.prod\.opsEmail in cdk\.json/);
  });

  it('names the missing sender identity and where to set it', () => {
    const { senderIdentity: _omitted, ...raw } = complete;
    expect(() => parseStageConfig('dev', raw)).toThrow(
      /Stage "dev" has no senderIdentity .*context\.lantern\.stages\.dev\.senderIdentity in cdk\.json/,
    );
  });

  it('reports every problem at once', () => {
    expect(() => parseStageConfig('dev', { region: 'nowhere' })).toThrow(
      /region "nowhere"[\s\S]*opsEmail[\s\S]*senderIdentity[\s\S]*authDomainPrefix/,
    );
  });

  it('refuses a From address outside the sender identity', () => {
    expect(() => parseStageConfig('dev', { ...complete, senderEmail: 'hello@other.example' })).toThrow(
      /not covered by senderIdentity/,
    );
  });

  it('takes the From address from an address identity and treats prod as production', () => {
    // Act
    const config = parseStageConfig('prod', {
      ...complete,
      senderIdentity: 'team@example.org',
      senderEmail: undefined,
    });
    // Assess
    expect(config.senderEmail).toBe('team@example.org');
    expect(config.production).toBe(true);
    expect(config.threatProtection).toBe(true);
  });

  it('selects one stage when asked and rejects an unknown one', () => {
    const context = { stages: { dev: complete, prod: complete } };
    expect(parseStageConfigs(context, 'prod').map((stage) => stage.stage)).toEqual(['prod']);
    expect(() => parseStageConfigs(context, 'qa')).toThrow(/Stage "qa" is not configured/);
  });

  it('parses the stages committed in cdk.json (the example values CI synthesizes)', async () => {
    // Prepare
    const { readFile } = await import('node:fs/promises');
    const cdkJson = JSON.parse(await readFile(new URL('../../cdk.json', import.meta.url), 'utf8'));
    // Act
    const stages = parseStageConfigs(cdkJson.context.lantern);
    // Assess
    expect(stages.map((stage) => stage.stage)).toEqual(['dev', 'prod']);
    expect(stages.every((stage) => stage.exampleValues?.includes('EXAMPLE'))).toBe(true);
  });

  it('uses the default crisis resources until the organisation sets its own, by language', () => {
    expect(parseStageConfig('dev', complete).crisisResources).toEqual(DEFAULT_CRISIS_RESOURCES);
    const own = {
      en: [{ name: 'Our line', phone: '+15555550100' }],
      fr: [{ name: 'Notre ligne', phone: '+15555550100' }],
    };
    expect(parseStageConfig('dev', { ...complete, crisisResources: own }).crisisResources).toEqual(own);
  });

  it('names each crisis resource problem, and the old functionConfig place', () => {
    const raw = {
      ...complete,
      crisisResources: { en: [{ name: 'Our line', phone: 'call us' }] },
      functionConfig: { CRISIS_RESOURCES: '[]' },
    };
    const parse = () => parseStageConfig('dev', raw);
    expect(parse).toThrow(
      /sets crisis resources in functionConfig: move them to context\.lantern\.stages\.dev\.crisisResources/,
    );
    expect(parse).toThrow(/crisisResources\.en\.0\.phone/);
    expect(parse).toThrow(/crisisResources\.fr/);
  });

  it('takes the quick-exit page and the privacy notice as https addresses only', () => {
    const config = parseStageConfig('dev', { ...complete, quickExitUrl: 'https://www.example.com/weather' });
    expect(config.quickExitUrl).toBe('https://www.example.com/weather');
    expect(() => parseStageConfig('dev', { ...complete, privacyNoticeUrl: 'javascript:alert(1)' })).toThrow(
      /privacyNoticeUrl must be an https:\/\/ address/,
    );
  });
});
