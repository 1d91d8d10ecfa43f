import type { OpenSlot } from '@lantern/contracts';
import { describe, expect, it, vi } from 'vitest';
import { useOpenSlots } from '../src/composables/useOpenSlots.js';

const MATCH = 'ma_01J0000000000000000000000A';
const slot = (start: string): OpenSlot => ({
  start,
  end: new Date(Date.parse(start) + 45 * 60_000).toISOString().replace('.000', ''),
  outsideOfficeHours: false,
  sameTimeEveryWeek: false,
  weeksFree: 1,
});
const FIRST_DAY = () => new Date('2027-03-08T15:00:00Z');

describe('the open times a session can move to', () => {
  it('asks for times as long as the session, from the day before the first day shown', async () => {
    // Prepare
    const slots = vi.fn(async () => ({ items: [slot('2027-03-09T23:00:00Z')] }));
    const grid = useOpenSlots({ slots }, { matchId: MATCH, viewerZone: 'America/Toronto', duration: 45 }, FIRST_DAY);

    // Act
    await grid.load();
    grid.choose('2027-03-09T23:00:00Z');

    // Assess
    expect(slots).toHaveBeenCalledWith(MATCH, '2027-03-07', 2, 45);
    expect(grid.days.value[1]?.items.map((item) => item.start)).toEqual(['2027-03-09T23:00:00Z']);
    expect(grid.chosen.value?.start).toBe('2027-03-09T23:00:00Z');
  });

  it('forgets the choice on another week, and says when the times could not be read until they can', async () => {
    // Prepare
    const slots = vi
      .fn()
      .mockResolvedValueOnce({ items: [slot('2027-03-09T23:00:00Z')] })
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ items: [] });
    const grid = useOpenSlots({ slots }, { matchId: MATCH, viewerZone: 'America/Toronto' }, FIRST_DAY);
    await grid.load();
    grid.choose('2027-03-09T23:00:00Z');

    // Act
    await grid.moveWeek(1);
    const failed = [grid.loadFailed.value, grid.slots.value.length, grid.selected.value];
    await grid.load();

    // Assess
    expect(failed).toEqual([true, 0, null]);
    expect(grid.loadFailed.value).toBe(false);
    expect(slots).toHaveBeenLastCalledWith(MATCH, '2027-03-14', 2, 60);
  });
});
