import type { LinkView } from '@lantern/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/api-error.js';
import { useSessionLink } from '../src/composables/useSessionLink.js';

const VIEW: LinkView = {
  timeZone: 'Europe/London',
  locale: 'fr',
  occurrence: {
    start: '2027-03-09T19:00:00Z',
    end: '2027-03-09T20:00:00Z',
    localStart: '2027-03-09T19:00',
    modality: 'video',
    status: 'scheduled',
  },
  following: [
    {
      start: '2027-03-16T19:00:00Z',
      end: '2027-03-16T20:00:00Z',
      localStart: '2027-03-16T19:00',
      modality: 'video',
      status: 'scheduled',
    },
  ],
  alternatives: [{ start: '2027-03-10T19:00:00Z', end: '2027-03-10T20:00:00Z', localStart: '2027-03-10T19:00' }],
  canChange: true,
};
const MOVED: LinkView = { ...VIEW, occurrence: { ...VIEW.occurrence, start: '2027-03-10T19:00:00Z' } };

const apiWith = (overrides: Partial<Parameters<typeof useSessionLink>[0]> = {}) => ({
  get: vi.fn(async () => VIEW),
  reschedule: vi.fn(async () => MOVED),
  cancel: vi.fn(async () => VIEW),
  ...overrides,
});

describe('the client link page', () => {
  it('shows what the link answers', async () => {
    // Prepare
    const link = useSessionLink(apiWith());

    // Act
    await link.load();

    // Assess
    expect(link.view.value).toEqual(VIEW);
    expect(link.invalid.value).toBe(false);
  });

  it('shows nothing but the plain message for a tampered or expired link', async () => {
    // Prepare
    const link = useSessionLink(apiWith({ get: vi.fn(async () => Promise.reject(new ApiError(403, undefined))) }));

    // Act
    await link.load();

    // Assess
    expect(link.view.value).toBeNull();
    expect(link.invalid.value).toBe(true);
  });

  it('moves the session to a chosen open time and shows the page as it now is', async () => {
    // Prepare
    const api = apiWith();
    const link = useSessionLink(api);
    await link.load();

    // Act
    const moved = await link.reschedule('2027-03-10T19:00:00Z');

    // Assess
    expect(moved).toBe(true);
    expect(api.reschedule).toHaveBeenCalledWith('2027-03-10T19:00:00Z');
    expect(link.view.value?.occurrence.start).toBe('2027-03-10T19:00:00Z');
    expect(link.outcome.value).toBe('moved');
  });

  it('says the time was taken on a 409 and reads the open times again', async () => {
    // Prepare
    const api = apiWith({ reschedule: vi.fn(async () => Promise.reject(new ApiError(409, undefined))) });
    const link = useSessionLink(api);
    await link.load();

    // Act
    const moved = await link.reschedule('2027-03-10T19:00:00Z');

    // Assess
    expect(moved).toBe(false);
    expect(link.problem.value).toBe('taken');
    expect(link.outcome.value).toBeNull();
    expect(api.get).toHaveBeenCalledTimes(2);
  });

  it('cancels with the scope chosen; a link refused on the way becomes the plain message', async () => {
    // Prepare
    const api = apiWith();
    const link = useSessionLink(api);
    await link.load();
    const refused = useSessionLink(
      apiWith({ cancel: vi.fn(async () => Promise.reject(new ApiError(403, undefined))) }),
    );
    await refused.load();

    // Act
    await link.cancel('following');
    await refused.cancel('this');

    // Assess
    expect(api.cancel).toHaveBeenCalledWith('following');
    expect(link.outcome.value).toBe('cancelled');
    expect(refused.invalid.value).toBe(true);
    expect(refused.view.value).toBeNull();
  });
});
