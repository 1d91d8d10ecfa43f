import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFilters, auditFiltersFromQuery, hasTrail } from '../src/support/audit-filters.js';
import { checkInChannelsFor } from '../src/support/contacts.js';
import { createGoalBody, followUpsDue, progressBody } from '../src/support/goals.js';
import { instantOfLocalInput, linesOf } from '../src/support/lines.js';
import { emptyNoteDraft, noteBody } from '../src/support/notes.js';
import { clientCard, needsMe } from '../src/support/peer-home.js';
import { createPlanBody, planDraft, shareLinkOf, updatePlanBody } from '../src/support/plans.js';
import { concern, contact, goal, plan, session, TEMPLATE } from './support-fixtures.js';

describe('goals', () => {
  it('makes one step per non-empty line of the steps field', () => {
    expect(createGoalBody('  Sleep more ', 'Bed by 11\n\n  No phone in bed  \r\n')).toEqual({
      title: 'Sleep more',
      steps: [
        { text: 'Bed by 11', done: false },
        { text: 'No phone in bed', done: false },
      ],
    });
  });

  it('sends the steps only when one changed, and progress only when there is a note', () => {
    const open = goal();
    const at = '2027-03-09T23:00:00Z';

    expect(progressBody(open, '  ', new Set(), at)).toEqual({});
    expect(progressBody(open, 'Went on Thursday', new Set(), at)).toEqual({
      addProgress: [{ at, note: 'Went on Thursday' }],
    });
    expect(progressBody(open, '', new Set([1]), at)).toEqual({
      steps: [
        { text: 'Find a group', done: true },
        { text: 'Go once with a friend', done: true },
      ],
    });
  });

  it('asks for a follow-up on open goals not moved for 14 days, the longest waiting first', () => {
    const now = new Date('2027-03-20T12:00:00Z');
    const stale = goal({ goalId: 'go_01J0000000000000000000000B', createdAt: '2027-03-01T12:00:00Z' });
    const older = goal({ goalId: 'go_01J0000000000000000000000C', createdAt: '2027-02-01T12:00:00Z' });
    const moved = goal({
      goalId: 'go_01J0000000000000000000000D',
      createdAt: '2027-02-01T12:00:00Z',
      progress: [{ at: '2027-03-10T12:00:00Z', note: 'Went once' }],
    });
    const achieved = goal({
      goalId: 'go_01J0000000000000000000000E',
      status: 'achieved',
      createdAt: '2027-01-01T00:00:00Z',
    });

    expect(followUpsDue([stale, moved, achieved, older], now).map((g) => g.goalId)).toEqual([
      older.goalId,
      stale.goalId,
    ]);
  });
});

describe('plans', () => {
  it('starts the form from the saved answers and leaves the other sections empty', () => {
    expect(planDraft(TEMPLATE, plan())).toEqual({ 'support-people': 'My sister', comfort: '', after: '' });
  });

  it('creates a plan with the answered sections only', () => {
    const body = createPlanBody(TEMPLATE, { 'support-people': ' My partner ', comfort: '', after: 'Quiet' });
    expect(body).toEqual({
      templateId: 'birth-plan',
      answers: [
        { sectionId: 'support-people', answer: 'My partner' },
        { sectionId: 'after', answer: 'Quiet' },
      ],
    });
  });

  it('sends nothing for an untouched form, and exactly the sections that changed otherwise', () => {
    const answer = fc.string({ maxLength: 20 }).map((text) => text.trim());
    fc.assert(
      fc.property(fc.tuple(answer, answer, answer), fc.tuple(answer, answer, answer), (saved, edited) => {
        const ids = TEMPLATE.sections.map((section) => section.sectionId);
        const current = plan({
          answers: ids.flatMap((sectionId, i) => (saved[i] ? [{ sectionId, answer: saved[i] as string }] : [])),
        });
        const draft = Object.fromEntries(ids.map((id, i) => [id, edited[i] as string]));

        expect(updatePlanBody(current, planDraft(TEMPLATE, current))).toBeUndefined();
        const body = updatePlanBody(current, draft);
        const changed = ids.filter((_, i) => (saved[i] ?? '') !== edited[i]);
        expect(body?.answers?.map((a) => a.sectionId) ?? []).toEqual(changed);
      }),
    );
  });

  it('links to the web page for the token, never to the API path', () => {
    expect(shareLinkOf('https://support.example.org/', 'a.b/c')).toBe('https://support.example.org/p/a.b%2Fc');
  });
});

describe('notes', () => {
  it('turns the form into the contracts body, one entry per line', () => {
    const draft = {
      ...emptyNoteDraft('2027-03-09T18:00'),
      topics: 'Sleep\nWork',
      nextSteps: 'Call the drop-in',
      goalsTouched: ['go_01J0000000000000000000000A'],
    };
    const checked = noteBody(draft);
    expect(checked.ok && checked.body).toMatchObject({
      at: instantOfLocalInput('2027-03-09T18:00'),
      topics: ['Sleep', 'Work'],
      resourcesShared: [],
      nextSteps: ['Call the drop-in'],
      substanceUse: false,
    });
  });

  it('names the fields to fix with the same schema as the server', () => {
    expect(noteBody(emptyNoteDraft(''))).toEqual({ ok: false, fields: ['at', 'topics'] });
  });
});

describe('check-ins', () => {
  it('offers only the calls and texts the client agreed to', () => {
    expect(checkInChannelsFor(['email', 'text'])).toEqual(['text']);
    expect(checkInChannelsFor(['email'])).toEqual([]);
    expect(checkInChannelsFor(undefined)).toEqual(['text', 'phone']);
  });
});

describe('the audit filters', () => {
  it('keep one trail: a client wins a tie, blanks mean none', () => {
    expect(auditFiltersFromQuery({ clientId: ' cl_1 ', actor: 'peer@example.org' })).toEqual({ clientId: 'cl_1' });
    expect(auditFiltersFromQuery({ actor: 'peer@example.org' })).toEqual({ actor: 'peer@example.org' });
    expect(hasTrail(auditFilters('actor', '   '))).toBe(false);
  });
});

describe('the peer home', () => {
  it('shows the first name, open goals and the latest contact whatever the order', () => {
    const card = clientCard(
      {
        clientId: 'cl_1',
        preferredName: 'Sam Rivera',
        goals: [goal(), goal({ status: 'achieved' })],
        contacts: [
          contact('2027-03-02T10:00:00Z'),
          contact('2027-03-04T10:00:00.000Z'),
          contact('2027-03-03T10:00:00Z'),
        ],
        concerns: [concern(), concern({ status: 'resolved' })],
      },
      new Date('2027-03-05T00:00:00Z'),
    );
    expect(card).toMatchObject({ firstName: 'Sam', openGoals: 1, lastContactAt: '2027-03-04T10:00:00.000Z' });
    expect(card.openConcerns).toHaveLength(1);
  });

  it('lists what needs the peer across clients, the oldest first', () => {
    const now = new Date('2027-03-30T00:00:00Z');
    const cards = [
      clientCard({ clientId: 'cl_1', preferredName: 'Sam', goals: [goal()], concerns: [concern()] }, now),
      clientCard({ clientId: 'cl_2', goals: [goal({ createdAt: '2027-02-01T00:00:00Z' })] }, now),
    ];
    expect(needsMe(cards).map((need) => [need.kind, need.clientId, need.firstName])).toEqual([
      ['followUp', 'cl_2', undefined],
      ['concern', 'cl_1', 'Sam'],
      ['followUp', 'cl_1', 'Sam'],
    ]);
  });
});

describe('the peer home and sessions', () => {
  const now = new Date('2027-03-05T12:00:00Z');
  const past = session({ sessionId: 'se_past', start: '2027-03-02T23:00:00Z', end: '2027-03-03T00:00:00Z' });
  const recorded = session({
    sessionId: 'se_done',
    start: '2027-02-23T23:00:00Z',
    end: '2027-02-24T00:00:00Z',
    status: 'completed',
  });
  const later = session({ sessionId: 'se_later', start: '2027-03-16T23:00:00Z', end: '2027-03-17T00:00:00Z' });
  const sooner = session({ sessionId: 'se_soon', start: '2027-03-09T23:00:00Z', end: '2027-03-10T00:00:00Z' });
  const cancelled = session({
    sessionId: 'se_off',
    start: '2027-03-06T23:00:00Z',
    end: '2027-03-07T00:00:00Z',
    status: 'cancelled',
  });

  it('shows the next session still to come, cancelled ones left out', () => {
    const card = clientCard({ clientId: 'cl_1', sessions: [later, past, cancelled, sooner, recorded] }, now);
    expect(card.nextSessionAt).toBe('2027-03-09T23:00:00Z');
    expect(clientCard({ clientId: 'cl_1', sessions: [past, recorded] }, now).nextSessionAt).toBeUndefined();
  });

  it('asks for the outcome of every ended session that has none, and of no other', () => {
    const running = session({ sessionId: 'se_now', start: '2027-03-05T11:30:00Z', end: '2027-03-05T12:30:00Z' });
    const card = clientCard(
      { clientId: 'cl_1', preferredName: 'Sam', sessions: [past, recorded, sooner, running] },
      now,
    );

    const needs = needsMe([card]);

    expect(needs.map((need) => [need.kind, need.kind === 'outcome' ? need.session.sessionId : '', need.dueAt])).toEqual(
      [['outcome', 'se_past', '2027-03-03T00:00:00Z']],
    );
  });
});

describe('lines and times', () => {
  it('reads a datetime-local value as an instant and refuses anything else', () => {
    expect(instantOfLocalInput('2027-03-09T18:00')).toMatch(/^2027-03-\d{2}T\d{2}:00:00Z$/);
    expect(instantOfLocalInput('tomorrow')).toBeUndefined();
    expect(linesOf(' a \n\n b ')).toEqual(['a', 'b']);
  });
});
