import { describe, expect, it } from 'vitest';
import { emptySafety, toIntakeBody } from '../src/intake/draft.js';
import { fieldIdOf, messageKeyOf } from '../src/intake/field-paths.js';
import { stepIndexOfPath } from '../src/intake/steps.js';
import { errorsForStep, errorsFromProblem, firstStepWithError, validateIntake } from '../src/intake/validation.js';
import { completeDraft } from './helpers.js';

describe('validateIntake', () => {
  it('reports unanswered safety questions with the paths the API uses', () => {
    // Prepare
    const body = toIntakeBody(completeDraft(), emptySafety(), 'en');

    // Act
    const errors = validateIntake(body);

    // Assess
    expect(errors).toEqual({
      'safety.immediateDanger': 'intake.errors.safety_immediateDanger',
      'safety.thoughtsOfSelfHarm': 'intake.errors.safety_thoughtsOfSelfHarm',
      'safety.riskToOthers': 'intake.errors.safety_riskToOthers',
    });
  });

  it('accepts a complete intake and sends the chosen locale', () => {
    // Prepare
    const body = toIntakeBody(
      completeDraft(),
      { immediateDanger: false, riskToOthers: false, thoughtsOfSelfHarm: false },
      'fr',
    );

    // Act
    const errors = validateIntake(body);

    // Assess
    expect(errors).toEqual({});
    expect(body.locale).toBe('fr');
    expect(body).not.toHaveProperty('phone');
  });

  it('asks for a phone number when calls or texts are chosen', () => {
    // Prepare
    const draft = { ...completeDraft(), contactChannels: ['email', 'text'] as const };

    // Act
    const errors = validateIntake(
      toIntakeBody({ ...draft, contactChannels: [...draft.contactChannels] }, emptySafety(), 'en'),
    );

    // Assess
    expect(errors.phone).toBe('intake.errors.phoneNeeded');
  });

  it('places an availability window ending before it starts on its end field', () => {
    // Prepare
    const draft = { ...completeDraft(), availability: [{ day: 'mon' as const, start: '20:00', end: '19:00' }] };

    // Act
    const errors = validateIntake(toIntakeBody(draft, emptySafety(), 'en'));

    // Assess
    expect(errors['availability.0.end']).toBe('intake.errors.availability_end');
    expect(stepIndexOfPath('availability.0.end')).toBe(2);
  });
});

describe('errors per step', () => {
  it('keeps only the errors of the step asked for and finds the first step with one', () => {
    // Prepare
    const errors = { 'consents.privacy': 'a', email: 'b', 'safety.immediateDanger': 'c' };

    // Act
    const about = errorsForStep(errors, 0);
    const first = firstStepWithError(errors);

    // Assess
    expect(about).toEqual({ email: 'b' });
    expect(first).toBe(0);
  });

  it('turns a problem from the API into messages next to the fields it names', () => {
    // Prepare
    const problem = {
      type: 'https://lantern.dev/problems/validation',
      title: 'Invalid request',
      status: 400,
      errors: [
        { path: 'consents.privacy', message: 'Consent to the privacy notice is needed to continue' },
        { path: 'availability.0.end', message: 'end must be after start' },
        { path: 'somethingNew', message: 'whatever' },
      ],
    };

    // Act
    const errors = errorsFromProblem(problem);

    // Assess
    expect(errors).toEqual({
      'consents.privacy': 'intake.errors.consents_privacy',
      'availability.0.end': 'intake.errors.availability_end',
      somethingNew: 'intake.errors.generic',
    });
    expect(fieldIdOf('availability.0.end')).toBe('field-availability-0-end');
    expect(messageKeyOf('peerPreferences.2.value')).toBe('intake.errors.peerPreferences_value');
  });
});
