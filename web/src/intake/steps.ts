/** The form's steps, in order, and the top-level body fields each one asks for. */
export const INTAKE_STEPS = [
  {
    id: 'about',
    fields: ['preferredName', 'pronouns', 'email', 'phone', 'contactChannels', 'timeZone', 'languages'],
  },
  { id: 'needs', fields: ['supportAreas', 'goals', 'modalities', 'peerPreferences'] },
  { id: 'availability', fields: ['availability'] },
  { id: 'safety', fields: ['safety'] },
  { id: 'consents', fields: ['consents', 'locale'] },
  // Every answer but the safety ones, with a way back to each step, before sending.
  { id: 'review', fields: [] },
] as const;

export type IntakeStepId = (typeof INTAKE_STEPS)[number]['id'];

/** The step that asks for the field at `path` (`availability.0.end` → the availability step). */
export function stepIndexOfPath(path: string): number {
  const field = path.split('.')[0] ?? '';
  const index = INTAKE_STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field));
  return index === -1 ? 0 : index;
}
