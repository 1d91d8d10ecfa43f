import type { Concern, Contact, Goal, Plan, PlanTemplate, Session } from '@lantern/contracts';

export const CLIENT = 'cl_01J0000000000000000000000A';

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    goalId: 'go_01J0000000000000000000000A',
    clientId: CLIENT,
    title: 'Get out with the baby twice a week',
    status: 'open',
    steps: [
      { text: 'Find a group', done: true },
      { text: 'Go once with a friend', done: false },
    ],
    progress: [],
    version: 1,
    createdBy: 'peer@example.org',
    createdAt: '2027-03-01T12:00:00Z',
    updatedAt: '2027-03-01T12:00:00Z',
    ...overrides,
  };
}

export const TEMPLATE: PlanTemplate = {
  templateId: 'birth-plan',
  locale: 'en',
  title: 'Birth plan',
  description: 'What matters to you during birth',
  sections: [
    { sectionId: 'support-people', title: 'Who I want with me', prompts: ['Partner, family, doula?'] },
    { sectionId: 'comfort', title: 'What helps me feel calm', prompts: [] },
    { sectionId: 'after', title: 'After the birth', prompts: [] },
  ],
};

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    planId: 'pl_01J0000000000000000000000A',
    clientId: CLIENT,
    templateId: 'birth-plan',
    title: 'Birth plan',
    answers: [{ sectionId: 'support-people', answer: 'My sister' }],
    version: 2,
    createdBy: 'peer@example.org',
    createdAt: '2027-03-01T12:00:00Z',
    updatedAt: '2027-03-02T12:00:00Z',
    ...overrides,
  };
}

export function session(overrides: Partial<Session> = {}): Session {
  return {
    sessionId: 'se_01J0000000000000000000000A',
    matchId: 'ma_01J0000000000000000000000A',
    peerId: 'pr_01J0000000000000000000000A',
    clientId: CLIENT,
    start: '2027-03-02T23:00:00Z',
    end: '2027-03-03T00:00:00Z',
    timeZone: 'America/Toronto',
    modality: 'video',
    status: 'scheduled',
    sequence: 0,
    outsideOfficeHours: false,
    ...overrides,
  } as Session;
}

export function contact(at: string): Contact {
  return {
    contactId: 'ck_01J0000000000000000000000A',
    clientId: CLIENT,
    at,
    channel: 'text',
    summary: 'Checked in',
    loggedBy: 'peer@example.org',
    createdAt: at,
  };
}

export function concern(overrides: Partial<Concern> = {}): Concern {
  return {
    concernId: 'cn_01J0000000000000000000000A',
    clientId: CLIENT,
    summary: 'Would like a call',
    status: 'open',
    raisedBy: 'peer@example.org',
    raisedAt: '2027-03-05T12:00:00Z',
    version: 1,
    ...overrides,
  };
}
