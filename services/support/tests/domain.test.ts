import {
  CreateGoalRequest,
  CreatePlanRequest,
  type PlanTemplate,
  type Role,
  UpdateGoalRequest,
} from '@lantern/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayReachClient, restrictedRead } from '../src/domain/access.js';
import { auditEntry } from '../src/domain/audit.js';
import { ChannelNotConsentedError, ConcernResolvedError, UnknownSectionError } from '../src/domain/errors.js';
import { applyGoalUpdate, newGoal, progressCounts } from '../src/domain/goals.js';
import { applyPlanUpdate, newPlan, sharedPlanView } from '../src/domain/plans.js';
import { newConcern, newContact, resolveConcern } from '../src/domain/records.js';

const CLIENT = 'cl_01JQ7Z5X2M4N6P8R0T2V4W6Y8A';
const author = { username: 'peer@example.org', now: new Date('2027-03-09T23:00:00Z') };
const later = new Date('2027-03-10T10:00:00Z');
const account = fc.emailAddress();
const roles = fc.subarray<Role>(['coordinator', 'peer', 'admin']);

describe('who reaches a client', () => {
  it('lets coordinators and admins reach every client, whatever the matches', () => {
    fc.assert(
      fc.property(
        account,
        fc.array(account),
        fc.constantFrom<Role[]>(['coordinator'], ['admin'], ['peer', 'admin']),
        (username, peers, staff) => {
          expect(mayReachClient({ username, roles: staff }, peers)).toBe(true);
        },
      ),
    );
  });

  it('lets a peer reach a client exactly when they are one of its matched peers, whatever the case', () => {
    fc.assert(
      fc.property(account, fc.array(account), fc.boolean(), (username, others, matched) => {
        const peers = matched
          ? [...others, username.toUpperCase()]
          : others.filter((o) => o.toLowerCase() !== username.toLowerCase());
        expect(mayReachClient({ username, roles: ['peer'] }, peers)).toBe(matched);
      }),
    );
  });

  it('never lets an account with no staff role reach a client', () => {
    fc.assert(
      fc.property(account, fc.array(account), (username, peers) => {
        expect(mayReachClient({ username, roles: [] }, [...peers, username])).toBe(false);
      }),
    );
  });
});

describe('a restricted note', () => {
  it("is read by the client's peer without a reason, by a coordinator only with one, by another peer never", () => {
    const peers = ['peer@example.org'];
    expect(restrictedRead({ username: 'peer@example.org', roles: ['peer'] }, peers, undefined)).toBe('allowed');
    expect(restrictedRead({ username: 'c@example.org', roles: ['coordinator'] }, peers, undefined)).toBe(
      'reason_required',
    );
    expect(restrictedRead({ username: 'c@example.org', roles: ['coordinator'] }, peers, '   ')).toBe('reason_required');
    expect(restrictedRead({ username: 'a@example.org', roles: ['admin'] }, peers, 'Covering')).toBe('allowed');
    expect(restrictedRead({ username: 'peer2@example.org', roles: ['peer'] }, peers, 'Curious')).toBe('refused');
  });

  it('is refused to every non-coordinator who is not the peer, with or without a reason', () => {
    fc.assert(
      fc.property(account, roles, fc.option(fc.string()), (username, staff, reason) => {
        fc.pre(!staff.includes('coordinator') && !staff.includes('admin'));
        expect(restrictedRead({ username, roles: staff }, ['someone@example.org'], reason ?? undefined)).toBe(
          'refused',
        );
      }),
    );
  });
});

describe('goals', () => {
  const goal = () =>
    newGoal(CLIENT, CreateGoalRequest.parse({ title: 'Walk daily', steps: [{ text: 'Buy shoes' }] }), author);
  const entry = fc.record({
    at: fc
      .date({ min: new Date('2027-01-01'), max: new Date('2028-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    note: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0 && s.trim() === s),
  });

  it('records progress once: the same update again changes nothing and writes nothing', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), (entries) => {
        const body = UpdateGoalRequest.parse({ addProgress: entries });
        const first = applyGoalUpdate(goal(), body, later);
        const again = applyGoalUpdate(first.goal, body, later);
        expect(first.changed).toBe(true);
        expect(first.goal.version).toBe(2);
        expect(first.goal.progress).toHaveLength(new Set(entries.map((e) => `${e.at}|${e.note}`)).size);
        expect(again).toEqual({ goal: first.goal, changed: false, added: [] });
      }),
    );
  });

  it('keeps progress in time order', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
        const { goal: next } = applyGoalUpdate(goal(), UpdateGoalRequest.parse({ addProgress: entries }), later);
        const times = next.progress.map((p) => p.at);
        expect(times).toEqual([...times].sort());
      }),
    );
  });

  it('counts steps and sessions for GoalProgressed, and carries no text', () => {
    const body = UpdateGoalRequest.parse({
      steps: [{ text: 'Buy shoes', done: true }, { text: 'Walk to the park' }],
      addProgress: [{ at: '2027-03-09T23:00:00Z', sessionId: 'se_01JQ7Z5X2M4N6P8R0T2V4W6Y8C', note: 'Bought shoes' }],
    });
    const change = applyGoalUpdate(goal(), body, later);
    const counts = progressCounts(change.goal, change.added);
    expect(counts).toMatchObject({
      entriesAdded: 1,
      stepsDone: 1,
      stepsTotal: 2,
      sessionIds: ['se_01JQ7Z5X2M4N6P8R0T2V4W6Y8C'],
    });
    expect(JSON.stringify(counts)).not.toContain('Bought shoes');
  });

  it('answers a change to what it already is as unchanged', () => {
    const original = goal();
    const change = applyGoalUpdate(original, UpdateGoalRequest.parse({ title: 'Walk daily', status: 'open' }), later);
    expect(change).toEqual({ goal: original, changed: false, added: [] });
  });
});

const template: PlanTemplate = {
  templateId: 'birth-plan',
  locale: 'en',
  title: 'Birth plan',
  description: '',
  sections: [
    { sectionId: 'support-people', title: 'Who I want with me', prompts: ['Who?'] },
    { sectionId: 'comfort', title: 'Staying comfortable', prompts: ['What helps?'] },
  ],
};
const french: PlanTemplate = {
  ...template,
  locale: 'fr',
  title: 'Plan de naissance',
  sections: [
    { sectionId: 'support-people', title: 'Qui je veux à mes côtés', prompts: ['Qui ?'] },
    { sectionId: 'comfort', title: 'Rester à l’aise', prompts: ['Qu’est-ce qui aide ?'] },
  ],
};

describe('plans', () => {
  it('refuses answers to sections the template does not have', () => {
    const body = CreatePlanRequest.parse({
      templateId: 'birth-plan',
      answers: [{ sectionId: 'diagnosis', answer: 'x' }],
    });
    expect(() => newPlan(CLIENT, template, body, author)).toThrow(UnknownSectionError);
  });

  it('keeps answers in the template order, and an empty answer clears a section', () => {
    const plan = newPlan(
      CLIENT,
      template,
      CreatePlanRequest.parse({
        templateId: 'birth-plan',
        answers: [
          { sectionId: 'comfort', answer: 'Music' },
          { sectionId: 'support-people', answer: 'My sister' },
        ],
      }),
      author,
    );
    expect(plan.answers.map((a) => a.sectionId)).toEqual(['support-people', 'comfort']);
    const cleared = applyPlanUpdate(plan, template, { answers: [{ sectionId: 'comfort', answer: '' }] }, later);
    expect(cleared.plan.answers).toEqual([{ sectionId: 'support-people', answer: 'My sister' }]);
    expect(
      applyPlanUpdate(cleared.plan, template, { answers: [{ sectionId: 'comfort', answer: '' }] }, later).changed,
    ).toBe(false);
  });

  it("shows the client the template's words in their language, their answers, and no ids", () => {
    const plan = newPlan(
      CLIENT,
      template,
      CreatePlanRequest.parse({ templateId: 'birth-plan', answers: [{ sectionId: 'comfort', answer: 'Musique' }] }),
      author,
    );
    const view = sharedPlanView(plan, french, ['Birth plan', 'Plan de naissance'], 'fr', later);
    expect(view.title).toBe('Plan de naissance');
    expect(view.sections).toEqual([
      { title: 'Qui je veux à mes côtés', prompts: ['Qui ?'], answer: '' },
      { title: 'Rester à l’aise', prompts: ['Qu’est-ce qui aide ?'], answer: 'Musique' },
    ]);
    expect(JSON.stringify(view)).not.toContain(plan.planId);
    expect(JSON.stringify(view)).not.toContain(CLIENT);
  });

  it('keeps a title of the peer and client’s own', () => {
    const plan = newPlan(
      CLIENT,
      template,
      CreatePlanRequest.parse({ templateId: 'birth-plan', title: 'Notre plan' }),
      author,
    );
    expect(sharedPlanView(plan, french, ['Birth plan', 'Plan de naissance'], 'fr', later).title).toBe('Notre plan');
  });
});

describe('check-ins and concerns', () => {
  it('logs a check-in only on a channel the client consented to', () => {
    const body = { at: '2027-03-12T16:30:00Z', channel: 'phone', summary: 'Called' } as const;
    expect(() => newContact(CLIENT, body, ['email', 'text'], author)).toThrow(ChannelNotConsentedError);
    expect(newContact(CLIENT, { ...body, channel: 'text' }, ['email', 'text'], author).channel).toBe('text');
  });

  it('resolves a concern once', () => {
    const resolved = resolveConcern(newConcern(CLIENT, 'Please call', author), 'Called', author);
    expect(resolved).toMatchObject({ status: 'resolved', version: 2, resolution: { note: 'Called' } });
    expect(() => resolveConcern(resolved, 'Again', author)).toThrow(ConcernResolvedError);
  });
});

describe('audit entries', () => {
  it('record a caller without a token as anonymous, and leave out what is unknown', () => {
    const entry = auditEntry({ actor: null, action: 'goal.list', target: { kind: 'goal' }, allowed: false }, later);
    expect(entry).toEqual({
      at: later.toISOString(),
      actor: { sub: 'anonymous', username: 'anonymous', roles: [] },
      action: 'goal.list',
      target: { kind: 'goal' },
      allowed: false,
    });
  });
});
