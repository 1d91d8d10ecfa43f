import type { ContactChannel, IntakeCreated } from '@lantern/contracts';
import { shallowRef } from 'vue';

/** The intake just sent, for the confirmation page: the API's answer and the contact choice. */
export interface LastSubmission {
  created: IntakeCreated;
  contactChannels: ContactChannel[];
}

/** Memory only, never saved: a reload of the done page shows nothing of the request. */
export const lastSubmission = shallowRef<LastSubmission | null>(null);
