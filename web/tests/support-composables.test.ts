import type { Goal, Match, Note, NoteList, Plan } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error.js';
import { useCopyLink } from '../src/composables/useCopyLink.js';
import { useCreate } from '../src/composables/useCreate.js';
import { useGoals } from '../src/composables/useGoals.js';
import { useNotes } from '../src/composables/useNotes.js';
import { usePagedList } from '../src/composables/usePagedList.js';
import { type PeerHomeApi, usePeerHome } from '../src/composables/usePeerHome.js';
import { usePlans } from '../src/composables/usePlans.js';
import { useSharedPlan } from '../src/composables/useSharedPlan.js';
import { emptyNoteDraft } from '../src/support/notes.js';
import { CLIENT, contact, goal, plan, session, TEMPLATE } from './support-fixtures.js';

const problem = (status: number, detail: string) =>
  new ApiError(status, { type: 'about:blank', title: 'x', status, detail });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('usePagedList', () => {
  it('appends the next page, and ignores a slower answer for filters replaced meanwhile', async () => {
    // Prepare
    const slow = deferred<{ items: string[]; nextCursor: string | null }>();
    const pages: Record<string, { items: string[]; nextCursor: string | null }> = {
      'b:': { items: ['b1', 'b2'], nextCursor: 'c2' },
      'b:c2': { items: ['b3'], nextCursor: null },
    };
    const list = usePagedList<string, string>(
      (filter, cursor) => (filter === 'a' ? slow.promise : Promise.resolve(pages[`${filter}:${cursor ?? ''}`]!)),
      'a',
    );

    // Act
    const first = list.applyFilters('a');
    await list.applyFilters('b');
    slow.resolve({ items: ['a1'], nextCursor: null });
    await first;
    await list.loadMore();

    // Assess
    expect(list.items.value).toEqual(['b1', 'b2', 'b3']);
    expect(list.nextCursor.value).toBeNull();
    expect(list.loading.value).toBe(false);
  });
});

describe('useCreate', () => {
  it('retries with the same key after no answer, and with a new key once the API answered', async () => {
    // Prepare
    const keys: string[] = [];
    const outcomes: Array<() => never | string> = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => {
        throw problem(422, 'The client did not agree to text messages');
      },
      () => 'created',
    ];
    let n = 0;
    const create = useCreate(
      async (_body: string, key: string) => {
        keys.push(key);
        return outcomes.shift()!();
      },
      () => `key-${++n}`,
    );

    // Act
    await create.run('first');
    await create.run('again');
    const detail = create.detail.value;
    const created = await create.run('fixed');

    // Assess
    expect(keys).toEqual(['key-1', 'key-1', 'key-2']);
    expect(detail).toBe('The client did not agree to text messages');
    expect([created, create.failed.value, create.detail.value]).toEqual(['created', false, undefined]);
  });
});

describe('useGoals', () => {
  it('sends nothing when neither a note nor a step changed, and replaces the goal with the answer', async () => {
    // Prepare
    const sent: unknown[] = [];
    const goals = useGoals(
      {
        list: async () => [goal()],
        create: async () => goal(),
        update: async (current: Goal, body) => {
          sent.push(body);
          return { ...current, version: current.version + 1, progress: [{ at: 'x', note: 'Went' }] };
        },
      },
      () => 'k',
      () => new Date('2027-03-09T23:00:00Z'),
    );
    await goals.load();
    const [current] = goals.goals.value;

    // Act
    const nothing = await goals.recordProgress(current!, ' ', new Set());
    const saved = await goals.recordProgress(current!, 'Went', new Set());

    // Assess
    expect([nothing, saved]).toEqual([false, true]);
    expect(sent).toEqual([{ addProgress: [{ at: '2027-03-09T23:00:00.000Z', note: 'Went' }] }]);
    expect(goals.goals.value[0]?.version).toBe(2);
  });

  it('keeps the refusal of a stale change (412) to show it', async () => {
    const goals = useGoals(
      {
        list: async () => [goal()],
        create: async () => goal(),
        update: async () => {
          throw problem(412, 'Someone else changed this goal; reload and try again.');
        },
      },
      () => 'k',
    );
    await goals.load();

    expect(await goals.setStatus(goals.goals.value[0]!, 'achieved')).toBe(false);
    expect(goals.updating.detail.value).toBe('Someone else changed this goal; reload and try again.');
    expect(goals.goals.value[0]?.status).toBe('open');
  });
});

describe('usePlans', () => {
  it('saves only changed sections, and shares a link to the web page', async () => {
    // Prepare
    const updates: unknown[] = [];
    const plans = usePlans(
      {
        templates: async () => [TEMPLATE],
        list: async () => [plan()],
        create: async () => plan(),
        update: async (current: Plan, body) => {
          updates.push(body);
          return { ...current, version: current.version + 1 };
        },
        share: async () => ({
          token: 'tok',
          path: '/shared-plans/tok',
          expiresAt: '2027-03-16T00:00:00Z',
          locale: 'fr',
        }),
      },
      () => 'k',
      'https://support.example.org',
    );
    await plans.load();
    const current = plans.plans.value[0]!;

    // Act
    const untouched = await plans.save(current, { 'support-people': 'My sister', comfort: '', after: '' });
    const changed = await plans.save(current, { 'support-people': 'My sister', comfort: 'Music', after: '' });
    const link = await plans.share(current);

    // Assess
    expect([untouched, changed]).toEqual([true, true]);
    expect(updates).toEqual([{ answers: [{ sectionId: 'comfort', answer: 'Music' }] }]);
    expect(plans.templateOf(current)?.title).toBe('Birth plan');
    expect(link?.link).toBe('https://support.example.org/p/tok');
    expect(plans.links.value[current.planId]?.expiresAt).toBe('2027-03-16T00:00:00Z');
  });
});

describe('useNotes', () => {
  const note = (noteId: string): Note => ({
    noteId,
    clientId: CLIENT,
    at: '2027-03-09T23:00:00Z',
    topics: ['Sleep'],
    goalsTouched: [],
    resourcesShared: [],
    nextSteps: [],
    substanceUse: false,
    author: 'peer@example.org',
    createdAt: '2027-03-09T23:00:00Z',
  });

  it('does not send a note without topics, and reads the restricted count from the list', async () => {
    // Prepare
    const created: unknown[] = [];
    const list: NoteList = {
      items: [note('no_1')],
      nextCursor: null,
      restricted: { count: 1, noteIds: ['no_2'] },
    };
    const notes = useNotes(
      {
        list: async () => list,
        create: async (body) => {
          created.push(body);
          return note('no_3');
        },
        readRestricted: async (noteId) => ({ ...note(noteId), substanceUse: true }),
      },
      () => 'k',
    );
    await notes.load();

    // Act
    const refused = await notes.create(emptyNoteDraft('2027-03-09T18:00'));
    const invalid = notes.invalid.value;
    const sent = await notes.create({ ...emptyNoteDraft('2027-03-09T18:00'), topics: 'Sleep', substanceUse: true });
    const read = await notes.readRestricted('no_2', 'Covering this week');

    // Assess
    expect([refused, sent, read]).toEqual([false, true, true]);
    expect(invalid).toEqual(['topics']);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ topics: ['Sleep'], substanceUse: true });
    expect(notes.restricted.value.count).toBe(1);
    expect(notes.opened.value?.noteId).toBe('no_2');
  });
});

describe('usePeerHome', () => {
  const match = (clientId: string, status: 'confirmed' | 'ended' = 'confirmed'): Match =>
    ({ matchId: `ma_${clientId}`, clientId, peerId: 'pr_1', status }) as Match;

  it('shows each confirmed client once, and a client whose record is refused without a name', async () => {
    // Prepare
    const api: PeerHomeApi = {
      myMatches: async () => [match('cl_1'), match('cl_2'), match('cl_1'), match('cl_3', 'ended')],
      getClient: async (clientId) => {
        if (clientId === 'cl_2') throw problem(403, 'Not your client');
        return { clientId, preferredName: 'Sam Rivera' } as never;
      },
      goals: async () => [goal()],
      contacts: async () => [contact('2027-03-04T10:00:00Z')],
      openConcerns: async () => [],
      sessions: async () => [],
    };
    const home = usePeerHome(api, () => new Date('2027-03-05T00:00:00Z'));

    // Act
    await home.load();

    // Assess
    expect(home.cards.value.map((card) => [card.clientId, card.firstName, card.openGoals])).toEqual([
      ['cl_1', 'Sam', 1],
      ['cl_2', undefined, 1],
    ]);
    expect(home.partial.value).toBe(true);
    expect(home.failed.value).toBe(false);
  });

  it('asks each client’s sessions from a month back to two months ahead', async () => {
    // Prepare
    const asked: string[][] = [];
    const api: PeerHomeApi = {
      myMatches: async () => [match('cl_1')],
      getClient: async (clientId) => ({ clientId, preferredName: 'Sam' }) as never,
      goals: async () => [],
      contacts: async () => [],
      openConcerns: async () => [],
      sessions: async (clientId, from, to) => {
        asked.push([clientId, from, to]);
        return [session({ start: '2027-03-09T23:00:00Z', end: '2027-03-10T00:00:00Z' })];
      },
    };
    const home = usePeerHome(api, () => new Date('2027-03-05T00:00:00Z'));

    // Act
    await home.load();

    // Assess
    expect(asked).toEqual([['cl_1', '2027-02-03T00:00:00Z', '2027-05-04T00:00:00Z']]);
    expect(home.cards.value[0]?.nextSessionAt).toBe('2027-03-09T23:00:00Z');
  });

  it('says the list failed when the matches cannot be read', async () => {
    const home = usePeerHome({
      myMatches: async () => {
        throw problem(500, 'x');
      },
    } as unknown as PeerHomeApi);
    await home.load();
    expect([home.failed.value, home.cards.value]).toEqual([true, []]);
  });
});

describe('small helpers', () => {
  it('copies a link, and says so when the browser refuses', async () => {
    const copied: string[] = [];
    const working = useCopyLink({ writeText: async (text) => void copied.push(text) });
    const refusing = useCopyLink({
      writeText: async () => {
        throw new DOMException('denied');
      },
    });
    await working.copy('https://x/p/t');
    await refusing.copy('https://x/p/t');
    expect([working.state.value, refusing.state.value, copied]).toEqual(['copied', 'failed', ['https://x/p/t']]);
  });

  it('shows nothing of a plan whose link is refused', async () => {
    const shared = useSharedPlan(async () => {
      throw problem(403, 'This link is not valid');
    });
    await shared.load();
    expect([shared.plan.value, shared.failed.value]).toEqual([null, true]);
  });
});
