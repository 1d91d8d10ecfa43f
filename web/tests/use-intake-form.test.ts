import { describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { ApiError } from '../src/api/api-error.js';
import { useIntakeForm } from '../src/composables/useIntakeForm.js';
import { DRAFT_KEY } from '../src/intake/draft-storage.js';
import { CREATED, completeDraft, formOptions, MemoryStorage } from './helpers.js';

describe('useIntakeForm: step navigation', () => {
  it('stays on a step whose answers are missing and says which', async () => {
    // Prepare
    const form = useIntakeForm(formOptions());

    // Act
    const moved = await form.next();

    // Assess
    expect(moved).toBe(false);
    expect(form.step.value).toBe(0);
    expect(Object.keys(form.errors.value)).toEqual(['preferredName', 'email']);
  });

  it('moves on once the step is valid, and back again without checking', async () => {
    // Prepare
    const form = useIntakeForm(formOptions({ emptyDraft: completeDraft() }));

    // Act
    const moved = await form.next();
    form.back();

    // Assess
    expect(moved).toBe(true);
    expect(form.step.value).toBe(0);
    expect(form.errors.value).toEqual({});
  });
});

describe('useIntakeForm: messages that no longer apply', () => {
  it('removes the message of an answer once it is fixed, and keeps the others', async () => {
    // Prepare
    const form = useIntakeForm(formOptions());
    await form.next();

    // Act
    form.draft.preferredName = 'Sam';
    await vi.waitFor(() => expect(form.errors.value.preferredName).toBeUndefined());

    // Assess
    expect(Object.keys(form.errors.value)).toEqual(['email']);
  });

  it('flags nothing new while someone is still answering', async () => {
    // Prepare
    const form = useIntakeForm(formOptions());

    // Act
    form.draft.preferredName = 'Sam';
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Assess
    expect(form.errors.value).toEqual({});
  });
});

describe('useIntakeForm: saved progress', () => {
  it('saves the draft and step on the device, but never the safety answers', async () => {
    // Prepare
    const storage = new MemoryStorage();
    const form = useIntakeForm(formOptions({ storage, emptyDraft: completeDraft() }));

    // Act
    form.draft.goals = 'Feel less alone';
    form.safety.thoughtsOfSelfHarm = true;
    await form.next();
    await nextTick();

    // Assess
    const saved = storage.getItem(DRAFT_KEY) ?? '';
    expect(JSON.parse(saved)).toMatchObject({ step: 1, draft: { goals: 'Feel less alone' } });
    expect(saved).not.toContain('thoughtsOfSelfHarm');
    expect(saved).not.toContain('safety');
  });

  it('restores saved answers when the page is opened again', async () => {
    // Prepare
    const storage = new MemoryStorage();
    const first = useIntakeForm(formOptions({ storage }));
    first.draft.preferredName = 'Alex';
    await nextTick();

    // Act
    const second = useIntakeForm(formOptions({ storage }));

    // Assess
    expect(second.draft.preferredName).toBe('Alex');
    expect(second.safety.immediateDanger).toBeNull();
  });

  it('clears the saved answers once the intake is sent', async () => {
    // Prepare
    const storage = new MemoryStorage();
    const form = useIntakeForm(formOptions({ storage, emptyDraft: completeDraft() }));
    Object.assign(form.safety, { immediateDanger: false, riskToOthers: false, thoughtsOfSelfHarm: false });
    await nextTick();

    // Act
    const outcome = await form.submit();

    // Assess
    expect(outcome).toEqual({ kind: 'created', created: CREATED });
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
  });
});

describe('useIntakeForm: crisis resources', () => {
  it('shows them as soon as a safety answer signals risk, and keeps them shown', async () => {
    // Prepare
    const form = useIntakeForm(formOptions());

    // Act
    form.safety.immediateDanger = true;
    await nextTick();
    const shownAtOnce = form.crisisShown.value;
    form.safety.immediateDanger = false;
    await nextTick();

    // Assess
    expect(shownAtOnce).toBe(true);
    expect(form.crisisShown.value).toBe(true);
  });

  it('does not show them for answers without risk', async () => {
    // Prepare
    const form = useIntakeForm(formOptions());

    // Act
    Object.assign(form.safety, { immediateDanger: false, riskToOthers: false, thoughtsOfSelfHarm: false });
    await nextTick();

    // Assess
    expect(form.crisisShown.value).toBe(false);
  });
});

describe('useIntakeForm: submission', () => {
  it('sends nothing and goes to the first step with an error', async () => {
    // Prepare
    const submit = vi.fn();
    const form = useIntakeForm(formOptions({ submit, emptyDraft: completeDraft() }));
    form.step.value = 4;

    // Act
    const outcome = await form.submit();

    // Assess
    expect(outcome).toEqual({ kind: 'invalid' });
    expect(submit).not.toHaveBeenCalled();
    expect(form.step.value).toBe(3);
    expect(Object.keys(form.errors.value)).toEqual([
      'safety.immediateDanger',
      'safety.thoughtsOfSelfHarm',
      'safety.riskToOthers',
    ]);
  });

  it('shows the API field errors next to their fields and uses a new key for the corrected request', async () => {
    // Prepare
    const problem = {
      type: 'https://lantern.dev/problems/validation',
      title: 'Invalid request',
      status: 400,
      errors: [{ path: 'email', message: 'Invalid email address' }],
    };
    const submit = vi.fn().mockRejectedValueOnce(new ApiError(400, problem)).mockResolvedValueOnce(CREATED);
    const form = useIntakeForm(formOptions({ submit, emptyDraft: completeDraft() }));
    Object.assign(form.safety, { immediateDanger: false, riskToOthers: false, thoughtsOfSelfHarm: false });

    // Act
    const rejected = await form.submit();
    const accepted = await form.submit();

    // Assess
    expect(rejected).toEqual({ kind: 'invalid' });
    expect(submit.mock.calls.map((call) => call[1])).toEqual(['key-1', 'key-2']);
    expect(accepted.kind).toBe('created');
  });

  it('keeps the idempotency key when the network fails, so a retry is not stored twice', async () => {
    // Prepare
    const submit = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(CREATED);
    const form = useIntakeForm(formOptions({ submit, emptyDraft: completeDraft() }));
    Object.assign(form.safety, { immediateDanger: true, riskToOthers: false, thoughtsOfSelfHarm: false });

    // Act
    const failed = await form.submit();
    const sendFailedShown = form.sendFailed.value;
    await form.submit();

    // Assess
    expect(failed).toEqual({ kind: 'failed' });
    expect(sendFailedShown).toBe(true);
    expect(submit.mock.calls.map((call) => call[1])).toEqual(['key-1', 'key-1']);
    expect(submit.mock.calls[0]?.[0]).toMatchObject({ safety: { immediateDanger: true }, locale: 'en' });
  });
});
