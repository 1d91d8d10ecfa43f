import { IntakeRequest, type IntakeRequestInput, type Problem } from '@lantern/contracts';
import type { FieldErrors } from './field-paths.js';
import { messageKeyOf } from './field-paths.js';
import { INTAKE_STEPS, stepIndexOfPath } from './steps.js';

export type { FieldErrors };

function add(errors: FieldErrors, path: string, key = messageKeyOf(path)): void {
  if (!(path in errors)) errors[path] = key;
}

/**
 * Validates with the very schema the API uses, plus one rule the form can check more kindly. The
 * API reads a missing `riskToOthers` as "no" (older bodies); the form asks for every answer.
 */
export function validateIntake(body: IntakeRequestInput): FieldErrors {
  const errors: FieldErrors = {};
  const result = IntakeRequest.safeParse(body);
  if (!result.success) {
    for (const issue of result.error.issues) add(errors, issue.path.join('.'));
  }
  const needsPhone = body.contactChannels.some((channel) => channel !== 'email');
  if (needsPhone && !body.phone) add(errors, 'phone', 'intake.errors.phoneNeeded');
  if (body.safety?.riskToOthers === undefined) add(errors, 'safety.riskToOthers');
  return errors;
}

/** Only the errors that belong to one step of the form. */
export function errorsForStep(errors: FieldErrors, stepIndex: number): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepIndexOfPath(path) === stepIndex));
}

/** The first step with an error, in the order the form asks its questions. */
export function firstStepWithError(errors: FieldErrors): number {
  const steps = Object.keys(errors).map(stepIndexOfPath);
  return steps.length === 0 ? INTAKE_STEPS.length - 1 : Math.min(...steps);
}

/** A 400 problem from the API, turned into errors next to the fields it names. */
export function errorsFromProblem(problem: Problem): FieldErrors {
  const errors: FieldErrors = {};
  for (const problemField of problem.errors ?? []) add(errors, problemField.path);
  return errors;
}
