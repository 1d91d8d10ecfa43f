import type { IntakeCreated } from '@lantern/contracts';
import { shallowRef } from 'vue';

/** The answer to the intake just sent, for the confirmation page; memory only, never saved. */
export const lastSubmission = shallowRef<IntakeCreated | null>(null);
