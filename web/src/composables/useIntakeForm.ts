import type { IntakeCreated, IntakeRequestInput, Locale } from '@lantern/contracts';
import { computed, type Ref, reactive, ref, watch } from 'vue';
import { ApiError } from '../api/api-error.js';
import { emptySafety, type IntakeDraft, type SafetyDraft, signalsRisk, toIntakeBody } from '../intake/draft.js';
import { clearProgress, loadProgress, saveProgress } from '../intake/draft-storage.js';
import type { FieldErrors } from '../intake/field-paths.js';
import { INTAKE_STEPS } from '../intake/steps.js';

/**
 * The shared schema (and zod with it) loads after the first paint, not before: the first page
 * of the form shows without it, and it is fetched in the background while someone types.
 */
export const loadValidation = () => import('../intake/validation.js');

export type SubmitIntake = (body: IntakeRequestInput, idempotencyKey: string) => Promise<IntakeCreated>;

export interface IntakeFormOptions {
  storage: Storage;
  emptyDraft: IntakeDraft;
  locale: Ref<Locale>;
  submit: SubmitIntake;
  newKey?: () => string;
}

export type SubmitOutcome = { kind: 'created'; created: IntakeCreated } | { kind: 'invalid' } | { kind: 'failed' };

/**
 * The intake form's state and rules, without any component: the draft (saved on the device as
 * it changes), the safety answers (memory only), the current step, errors per field, the crisis
 * panel, and submission.
 */
export function useIntakeForm(options: IntakeFormOptions) {
  const saved = loadProgress(options.storage, options.emptyDraft);
  const draft = reactive<IntakeDraft>(saved.draft);
  const safety = reactive<SafetyDraft>(emptySafety());
  const step = ref(Math.min(Math.max(saved.step, 0), INTAKE_STEPS.length - 1));
  const errors = ref<FieldErrors>({});
  const submitting = ref(false);
  const sendFailed = ref(false);
  // Once risk has been signalled the resources stay on screen, even if an answer changes.
  const crisisShown = ref(false);
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  let idempotencyKey = newKey();

  const persist = () => saveProgress(options.storage, { draft, step: step.value });
  watch(draft, persist, { deep: true });
  watch(step, persist);
  watch(safety, () => {
    if (signalsRisk(safety)) crisisShown.value = true;
  });

  const body = () => toIntakeBody(draft, safety, options.locale.value);
  const isLast = computed(() => step.value === INTAKE_STEPS.length - 1);

  /**
   * Once someone fixes an answer, its message goes away at once; nothing new is flagged while they
   * are still answering (that waits for Continue), so the form never scolds mid-sentence.
   */
  async function clearResolvedErrors(): Promise<void> {
    if (Object.keys(errors.value).length === 0) return;
    const { errorsForStep, validateIntake } = await loadValidation();
    const stillWrong = errorsForStep(validateIntake(body()), step.value);
    errors.value = Object.fromEntries(Object.entries(errors.value).filter(([path]) => path in stillWrong));
  }
  watch([draft, safety], () => void clearResolvedErrors(), { deep: true });

  /** Checks the current step; moves on only when its answers are valid. */
  async function next(): Promise<boolean> {
    const { errorsForStep, validateIntake } = await loadValidation();
    const stepErrors = errorsForStep(validateIntake(body()), step.value);
    errors.value = stepErrors;
    if (Object.keys(stepErrors).length > 0) return false;
    step.value = Math.min(step.value + 1, INTAKE_STEPS.length - 1);
    return true;
  }

  function back(): void {
    errors.value = {};
    step.value = Math.max(step.value - 1, 0);
  }

  /** Back to an earlier step (the review step's "Change" buttons); never forward past a check. */
  function goTo(index: number): void {
    if (index < 0 || index >= step.value) return;
    errors.value = {};
    step.value = index;
  }

  async function showErrors(found: FieldErrors): Promise<SubmitOutcome> {
    const { errorsForStep, firstStepWithError } = await loadValidation();
    step.value = firstStepWithError(found);
    errors.value = errorsForStep(found, step.value);
    return { kind: 'invalid' };
  }

  async function submit(): Promise<SubmitOutcome> {
    const { errorsFromProblem, validateIntake } = await loadValidation();
    const found = validateIntake(body());
    if (Object.keys(found).length > 0) return showErrors(found);
    submitting.value = true;
    sendFailed.value = false;
    try {
      const created = await options.submit(body(), idempotencyKey);
      clearProgress(options.storage);
      return { kind: 'created', created };
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
        // Nothing was stored: a corrected form is a new request.
        idempotencyKey = newKey();
        return showErrors(errorsFromProblem(error.problem));
      }
      // The request may have reached the server: a retry keeps the key, so it is not stored twice.
      sendFailed.value = true;
      return { kind: 'failed' };
    } finally {
      submitting.value = false;
    }
  }

  return { draft, safety, step, errors, submitting, sendFailed, crisisShown, isLast, next, back, goTo, submit };
}

export type IntakeForm = ReturnType<typeof useIntakeForm>;
