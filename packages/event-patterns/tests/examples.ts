import { expect, it } from 'vitest';
import { compile, matches } from '../src/index.js';

/** One documented example: a pattern and events that must, and must not, match it. */
export interface Example {
  readonly example: string;
  readonly pattern: string | object;
  readonly matching: readonly { readonly event: object; readonly why: string }[];
  readonly notMatching: readonly { readonly event: object; readonly why: string }[];
}

/** The EC2 state-change event the AWS pages use, with fields overridden per example. */
export function ec2Event(detail: Record<string, unknown> = {}, top: Record<string, unknown> = {}): object {
  return {
    version: '0',
    id: '7bf73129-1428-4cd3-a780-95db273d1602',
    'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2',
    account: '123456789012',
    time: '2015-11-11T21:29:54Z',
    region: 'us-east-1',
    resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
    ...top,
    detail: { 'instance-id': 'i-abcd1111', state: 'pending', ...detail },
  };
}

/** Registers one test per sample event, named after the documented example. */
export function testExamples(examples: readonly Example[]): void {
  for (const { example, pattern, matching, notMatching } of examples) {
    for (const { event, why } of matching) {
      it(`${example}: matches ${why}`, () => {
        // Prepare
        const matcher = compile(pattern);
        // Act
        const compiled = matcher(event);
        const interpreted = matches(pattern, event);
        // Assess
        expect(compiled).toBe(true);
        expect(interpreted).toBe(true);
      });
    }
    for (const { event, why } of notMatching) {
      it(`${example}: does not match ${why}`, () => {
        // Prepare
        const matcher = compile(pattern);
        // Act
        const compiled = matcher(event);
        const interpreted = matches(pattern, event);
        // Assess
        expect(compiled).toBe(false);
        expect(interpreted).toBe(false);
      });
    }
  }
}
