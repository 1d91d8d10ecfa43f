import type { IntakeCreated } from '@lantern/contracts';
import { ref } from 'vue';
import type { IntakeFormOptions } from '../src/composables/useIntakeForm.js';
import { emptyDraft, type IntakeDraft } from '../src/intake/draft.js';

/** A Storage that lives in a Map, so each test starts from an empty device. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

export const CREATED: IntakeCreated = { clientId: 'cl_01J0000000000000000000000A', status: 'new', urgent: false };

/** A draft that passes every step but the safety questions, which are never pre-filled. */
export function completeDraft(): IntakeDraft {
  return {
    ...emptyDraft('America/Toronto', 'en'),
    preferredName: 'Sam',
    email: 'sam@example.net',
    supportAreas: ['parenting'],
    modalities: ['video'],
    availability: [{ day: 'tue', start: '18:00', end: '21:00' }],
    consents: { nonClinical: true, privacy: true, contact: true },
  };
}

export function formOptions(overrides: Partial<IntakeFormOptions> = {}): IntakeFormOptions {
  let key = 0;
  return {
    storage: new MemoryStorage(),
    emptyDraft: emptyDraft('America/Toronto', 'en'),
    locale: ref('en'),
    submit: async () => CREATED,
    newKey: () => `key-${++key}`,
    ...overrides,
  };
}
