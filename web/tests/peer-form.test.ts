import { PeerInput, type PeerInputBody, SUPPORT_AREAS, WEEKDAYS } from '@lantern/contracts';
import { mount } from '@vue/test-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error.js';
import StaffPeerForm from '../src/components/staff/StaffPeerForm.vue';
import { usePeerForm } from '../src/composables/usePeerForm.js';
import { createLanternI18n } from '../src/i18n/index.js';
import {
  emptyPeerDraft,
  type PeerDraft,
  peerDraftFrom,
  peerInputFrom,
  WINDOW_PRESETS,
  withWindows,
} from '../src/matching/peer-draft.js';
import { peerErrorAt, peerFieldId } from '../src/matching/peer-errors.js';
import { peer } from './matching-fixtures.js';

const validDraft = (): PeerDraft => ({
  ...emptyPeerDraft('America/Toronto'),
  displayName: 'Alex R.',
  email: ' alex@example.org ',
  languages: 'EN, fr',
  specialties: 'birth planning, wellness_planning',
  availability: [{ day: 'tue', start: '17:00', end: '21:00' }],
  timeOff: [{ date: '2026-12-24', start: '', end: '', reason: ' ' }],
});

describe('the peer draft', () => {
  it('becomes a body the contract accepts: lists split, codes lower-cased, empty parts left out', () => {
    const body = peerInputFrom(validDraft());

    expect(PeerInput.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      email: 'alex@example.org',
      languages: ['en', 'fr'],
      specialties: ['birth_planning', 'wellness_planning'],
      timeOff: [{ date: '2026-12-24' }],
    });
    expect(body).not.toHaveProperty('gender');
  });

  it('reads back from a saved peer to the same body (property)', () => {
    const window = fc.record({
      day: fc.constantFrom(...WEEKDAYS),
      start: fc.constantFrom('06:00', '09:30', '17:00'),
      end: fc.constantFrom('18:00', '21:00', '24:00'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('en', 'fr', 'es', 'ar'), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.constantFrom(...SUPPORT_AREAS), { maxLength: 3 }),
        fc.array(window, { maxLength: 5 }),
        fc.integer({ min: 0, max: 50 }),
        (languages, livedExperience, availability, capacity) => {
          const saved = peer(1, { languages, livedExperience, availability, capacity, gender: 'woman' });
          const body = peerInputFrom(peerDraftFrom(saved));
          const { peerId, caseload, version, createdAt, updatedAt, ...input } = saved;
          expect(body).toEqual(input);
        },
      ),
    );
  });

  it('adds a preset once, however often it is clicked', () => {
    const once = withWindows([], WINDOW_PRESETS.weekdayEvenings);
    const twice = withWindows(once, WINDOW_PRESETS.weekdayEvenings);

    expect(twice).toEqual(once);
    expect(withWindows(once, WINDOW_PRESETS.weekends).map((window) => window.day)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
  });
});

describe('usePeerForm', () => {
  it('refuses what the contract refuses without calling the API, marking each field', async () => {
    let sent = 0;
    const form = usePeerForm({ ...validDraft(), email: 'not an email', capacity: '', modalities: [] }, async () => {
      sent++;
      return peer(1);
    });

    expect(await form.submit()).toBeNull();

    expect(sent).toBe(0);
    expect(Object.keys(form.errors.value).sort()).toEqual(['capacity', 'email', 'modalities']);
    expect(Object.values(form.errors.value).every((message) => message === null)).toBe(true);
  });

  it('shows the API field errors at the API paths and returns the saved peer otherwise', async () => {
    const sent: PeerInputBody[] = [];
    let refuse = true;
    const form = usePeerForm(validDraft(), async (body) => {
      sent.push(body);
      if (refuse) {
        throw new ApiError(409, {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          errors: [{ path: 'email', message: 'A peer with this email already exists.' }],
        });
      }
      return peer(7);
    });

    expect(await form.submit()).toBeNull();
    expect(form.errors.value).toEqual({ email: 'A peer with this email already exists.' });
    refuse = false;
    const saved = await form.submit();

    expect(saved?.peerId).toBe(peer(7).peerId);
    expect(form.errors.value).toEqual({});
    expect(sent).toHaveLength(2);
  });

  it('keeps the detail of a refusal that names no field', async () => {
    const form = usePeerForm(validDraft(), () =>
      Promise.reject(
        new ApiError(412, {
          type: 'about:blank',
          title: 'Precondition failed',
          status: 412,
          detail: 'Someone changed this peer meanwhile.',
        }),
      ),
    );

    await form.submit();

    expect(form.refusal.value).toBe('Someone changed this peer meanwhile.');
    expect(form.saving.value).toBe(false);
  });
});

describe('peer field errors', () => {
  it('points each path at its input, rows by index', () => {
    expect(peerFieldId('email')).toBe('peer-email');
    expect(peerFieldId('availability.2.end')).toBe('peer-availability-2-end');
    expect(peerFieldId('availability.2')).toBe('peer-availability-2-day');
    expect(peerFieldId('timeOff.0.bogus')).toBe('peer-timeOff-0-date');
    expect(peerFieldId('availability')).toBe('peer-availability-add');
  });

  it("shows the API's words first, else the form's message for that field, also for a row below", () => {
    const translated = (field: string) => `fix ${field}`;

    expect(peerErrorAt({ 'languages.2': 'List each language once' }, 'languages', translated)).toBe(
      'List each language once',
    );
    expect(peerErrorAt({ 'availability.1.end': null }, 'availability.1', translated)).toBe('fix availability');
    expect(peerErrorAt({ email: null }, 'bio', translated)).toBeUndefined();
  });
});

describe('the peer form', () => {
  it("shows the API's message next to the field, in the summary too, and links to it", async () => {
    const wrapper = mount(StaffPeerForm, {
      props: {
        modelValue: validDraft(),
        errors: { email: 'A peer with this email already exists.', 'availability.0.end': null },
        saving: false,
        refusal: null,
        submitLabel: 'Add peer',
      },
      global: { plugins: [createLanternI18n('en')] },
      attachTo: document.body,
    });

    expect(wrapper.find('#peer-email').attributes('aria-describedby')).toBe('peer-email-error');
    expect(wrapper.find('#peer-email-error').text()).toBe('A peer with this email already exists.');
    expect(wrapper.find('#peer-availability-0-error').text()).toContain('Check this window');
    expect(wrapper.findAll('.error-summary a').map((link) => link.attributes('href'))).toEqual([
      '#peer-email',
      '#peer-availability-0-end',
    ]);
    wrapper.unmount();
  });
});
