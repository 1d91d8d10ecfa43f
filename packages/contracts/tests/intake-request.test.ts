import { describe, expect, it } from 'vitest';
import { EXAMPLE_INTAKE, IntakeRequest, WeeklyWindow } from '../src/index.js';

const validIntake = EXAMPLE_INTAKE;

const problemPaths = (input: unknown) =>
  IntakeRequest.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the intake request schema', () => {
  it('accepts the example body of API.md', () => {
    expect(IntakeRequest.safeParse(validIntake).success).toBe(true);
  });

  it('defaults the locale to English when it is absent', () => {
    const { locale: _locale, ...withoutLocale } = validIntake;
    expect(IntakeRequest.parse(withoutLocale).locale).toBe('en');
  });

  it('refuses a consent that is false or missing, naming each one', () => {
    expect(problemPaths({ ...validIntake, consents: { nonClinical: false, privacy: true } })).toEqual([
      'consents.nonClinical',
      'consents.contact',
    ]);
  });

  it('refuses an unknown time zone, a bad email and oversized goals', () => {
    expect(problemPaths({ ...validIntake, timeZone: 'Mars/Olympus', email: 'sam@', goals: 'x'.repeat(2001) })).toEqual([
      'email',
      'timeZone',
      'goals',
    ]);
  });

  it('accepts a window that ends at 24:00 and refuses one that ends before it starts', () => {
    expect(WeeklyWindow.safeParse({ day: 'sat', start: '20:00', end: '24:00' }).success).toBe(true);
    expect(WeeklyWindow.safeParse({ day: 'sat', start: '20:00', end: '19:00' }).error?.issues[0]?.path).toEqual([
      'end',
    ]);
  });
});
