import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_INTAKE, IntakeRequest, TimeZone } from '../src/index.js';

const withName = (preferredName: string) => IntakeRequest.safeParse({ ...EXAMPLE_INTAKE, preferredName });

describe('names a person wrote', () => {
  it.each([
    ['a NUL character', '\u0000'],
    ['three zero-width spaces', '\u200b\u200b\u200b'],
    ['bidi override, bell and an escape sequence', '\u202e\u0007\u001b[31m'],
    ['a lone surrogate', '\ud800'],
    ['a combining mark alone', '\u0301'],
    ['spaces only', '   '],
  ])('refuses a name that is empty in effect: %s', (_, name) => {
    const result = withName(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['preferredName']);
  });

  it('keeps a name in NFC, trimmed', () => {
    const decomposed = ' Zoe\u0308 ';
    expect(withName(decomposed).data?.preferredName).toBe('Zoë');
  });

  it('accepts every name with a visible letter and no control character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (raw) => {
        const name = `A${raw.replace(/\p{Cc}/gu, '')}`.slice(0, 100);
        expect(withName(name).success).toBe(true);
      }),
    );
  });

  it('allows new lines in goals but not in a name', () => {
    expect(IntakeRequest.safeParse({ ...EXAMPLE_INTAKE, goals: 'One\nTwo' }).success).toBe(true);
    expect(withName('Sam\nJones').success).toBe(false);
  });
});

describe('time zones', () => {
  it('are stored in their canonical spelling', () => {
    expect(TimeZone.parse('america/toronto')).toBe('America/Toronto');
    expect(TimeZone.parse('EUROPE/LONDON')).toBe('Europe/London');
  });
});

describe('the server enforces what the form enforces', () => {
  it('needs a phone number for calls or texts', () => {
    const { phone: _phone, ...noPhone } = EXAMPLE_INTAKE;
    for (const channel of ['phone', 'text'] as const) {
      const result = IntakeRequest.safeParse({ ...noPhone, contactChannels: ['email', channel] });
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['phone']);
    }
    expect(IntakeRequest.safeParse({ ...noPhone, contactChannels: ['email'] }).success).toBe(true);
  });
});
