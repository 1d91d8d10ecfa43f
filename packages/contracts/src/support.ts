import * as z from 'zod/mini';
import { ClientId, Locale, personText } from './common.js';
import { Instant, SessionId } from './scheduling.js';

/**
 * The peer's workspace (API.md "The peer's workspace"): goals, plans, session notes, check-ins,
 * concerns and the audit trail. Non-clinical by construction: no field asks for a diagnosis.
 */

const ulidOf = (prefix: string, what: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`), { message: `Not a ${what} id` }));

export const GoalId = ulidOf('go', 'goal');
export const PlanId = ulidOf('pl', 'plan');
export const NoteId = ulidOf('no', 'note');
export const ContactId = ulidOf('ck', 'check-in');
export const ConcernId = ulidOf('cn', 'concern');

export const GoalIdParams = z.object({ goalId: GoalId });
export const PlanIdParams = z.object({ planId: PlanId });
export const NoteIdParams = z.object({ noteId: NoteId });
export const ConcernIdParams = z.object({ concernId: ConcernId });
/** A share link's token: signed, expiring, opaque to the client. */
export const SharedPlanParams = z.object({ token: z.string().check(z.minLength(1), z.maxLength(4096)) });

/** `?cursor=&limit=` of every list in the workspace. */
export const PageQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(2048))),
  limit: z._default(z.coerce.number().check(z.gte(1), z.lte(100), z.multipleOf(1)), 25),
});
export type PageQuery = z.infer<typeof PageQuery>;

const shortText = (max: number) => personText({ max, required: true });
const longText = (max: number) => personText({ max, required: true, multiline: true });

// ---- Goals -------------------------------------------------------------------------------------

export const GOAL_STATUSES = ['open', 'achieved', 'set_aside'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const GoalStep = z.object({ text: shortText(300), done: z._default(z.boolean(), false) });
export type GoalStep = z.infer<typeof GoalStep>;

/** Progress recorded at (or after) a session, in the client's own words. */
export const ProgressEntry = z.object({ at: Instant, sessionId: z.optional(SessionId), note: longText(1000) });
export type ProgressEntry = z.infer<typeof ProgressEntry>;

export const Goal = z.object({
  goalId: GoalId,
  clientId: ClientId,
  /** In the client's own words. */
  title: z.string(),
  status: GoalStatus,
  steps: z.array(z.object({ text: z.string(), done: z.boolean() })),
  progress: z.array(z.object({ at: Instant, sessionId: z.optional(z.string()), note: z.string() })),
  version: z.int().check(z.gte(1)),
  createdBy: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Goal = z.infer<typeof Goal>;

export const CreateGoalRequest = z.object({
  title: shortText(300),
  steps: z._default(z.array(GoalStep).check(z.maxLength(30)), []),
});
export type CreateGoalRequest = z.infer<typeof CreateGoalRequest>;

/** `PATCH /goals/{goalId}`: `steps` replaces the list; `addProgress` appends entries. */
export const UpdateGoalRequest = z
  .object({
    title: z.optional(shortText(300)),
    status: z.optional(GoalStatus),
    steps: z.optional(z.array(GoalStep).check(z.maxLength(30))),
    addProgress: z.optional(z.array(ProgressEntry).check(z.minLength(1), z.maxLength(10))),
  })
  .check(z.refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' }));
export type UpdateGoalRequest = z.infer<typeof UpdateGoalRequest>;

export const GoalList = z.object({ items: z.array(Goal), nextCursor: z.nullable(z.string()) });
export type GoalList = z.infer<typeof GoalList>;

// ---- Plans and templates ------------------------------------------------------------------------

/** A template's id is its file name: `wellness-plan`, `birth-plan`, `self-advocacy`, or the organisation's own. */
export const PlanTemplateId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'Not a template id' }));

export const PlanTemplateSection = z.object({
  sectionId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  prompts: z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(20)),
});
export type PlanTemplateSection = z.infer<typeof PlanTemplateSection>;

export const PlanTemplate = z.object({
  templateId: PlanTemplateId,
  locale: Locale,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  description: z.string().check(z.maxLength(1000)),
  sections: z.array(PlanTemplateSection).check(z.minLength(1), z.maxLength(40)),
});
export type PlanTemplate = z.infer<typeof PlanTemplate>;

export const ListPlanTemplatesQuery = z.object({ locale: z._default(Locale, 'en') });
export const PlanTemplateList = z.object({ items: z.array(PlanTemplate) });
export type PlanTemplateList = z.infer<typeof PlanTemplateList>;

/** What the peer and client wrote under one section of the template. */
export const PlanAnswer = z.object({ sectionId: PlanTemplateSection.shape.sectionId, answer: longText(4000) });
export type PlanAnswer = z.infer<typeof PlanAnswer>;

export const Plan = z.object({
  planId: PlanId,
  clientId: ClientId,
  templateId: PlanTemplateId,
  title: z.string(),
  answers: z.array(z.object({ sectionId: z.string(), answer: z.string() })),
  version: z.int().check(z.gte(1)),
  createdBy: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Plan = z.infer<typeof Plan>;

/** Answers name sections of the template; one answer per section. */
const uniqueSections = z.refine<{ sectionId: string }[]>(
  (answers) => new Set(answers.map((a) => a.sectionId)).size === answers.length,
  { message: 'One answer per section' },
);

export const CreatePlanRequest = z.object({
  templateId: PlanTemplateId,
  title: z.optional(shortText(200)),
  answers: z._default(z.array(PlanAnswer).check(z.maxLength(40), uniqueSections), []),
});
export type CreatePlanRequest = z.infer<typeof CreatePlanRequest>;

/** `PATCH /plans/{planId}`: `answers` sets those sections (others stay); an empty answer clears one. */
export const UpdatePlanRequest = z
  .object({
    title: z.optional(shortText(200)),
    answers: z.optional(
      z
        .array(z.object({ sectionId: PlanAnswer.shape.sectionId, answer: personText({ max: 4000, multiline: true }) }))
        .check(z.minLength(1), z.maxLength(40), uniqueSections),
    ),
  })
  .check(z.refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' }));
export type UpdatePlanRequest = z.infer<typeof UpdatePlanRequest>;

export const PlanList = z.object({ items: z.array(Plan), nextCursor: z.nullable(z.string()) });
export type PlanList = z.infer<typeof PlanList>;

export const SharePlanRequest = z.object({
  expiresInDays: z._default(z.int().check(z.gte(1), z.lte(30)), 7),
});
export type SharePlanRequest = z.infer<typeof SharePlanRequest>;

/** A read-only link for the client: `path` is the API path; the web page lives at `/shared-plans/{token}`. */
export const PlanShare = z.object({
  token: z.string(),
  path: z.string(),
  expiresAt: Instant,
  /** The client's language, in which the link shows the plan. */
  locale: Locale,
});
export type PlanShare = z.infer<typeof PlanShare>;

/** What the client sees through the link: the template's words in their language, their answers; no ids. */
export const SharedPlanView = z.object({
  locale: Locale,
  title: z.string(),
  templateTitle: z.string(),
  sections: z.array(z.object({ title: z.string(), prompts: z.array(z.string()), answer: z.string() })),
  updatedAt: Instant,
  expiresAt: Instant,
});
export type SharedPlanView = z.infer<typeof SharedPlanView>;

// ---- Session notes --------------------------------------------------------------------------------

/**
 * Non-clinical and structured. `substanceUse: true` puts the note under its own access rule
 * (42 CFR Part 2 posture): never listed, exported or carried by an event.
 */
export const CreateNoteRequest = z.object({
  at: Instant,
  sessionId: z.optional(SessionId),
  topics: z.array(shortText(200)).check(z.minLength(1), z.maxLength(20)),
  goalsTouched: z._default(z.array(GoalId).check(z.maxLength(20)), []),
  resourcesShared: z._default(z.array(shortText(300)).check(z.maxLength(20)), []),
  nextSteps: z._default(z.array(shortText(300)).check(z.maxLength(20)), []),
  substanceUse: z._default(z.boolean(), false),
});
export type CreateNoteRequest = z.infer<typeof CreateNoteRequest>;

export const Note = z.object({
  noteId: NoteId,
  clientId: ClientId,
  at: Instant,
  sessionId: z.optional(z.string()),
  topics: z.array(z.string()),
  goalsTouched: z.array(z.string()),
  resourcesShared: z.array(z.string()),
  nextSteps: z.array(z.string()),
  substanceUse: z.boolean(),
  author: z.string(),
  createdAt: Instant,
});
export type Note = z.infer<typeof Note>;

/** Lists never hold a restricted note: only how many there are, and their ids to ask for one. */
export const NoteList = z.object({
  items: z.array(Note),
  nextCursor: z.nullable(z.string()),
  restricted: z.object({ count: z.int().check(z.gte(0)), noteIds: z.array(z.string()) }),
});
export type NoteList = z.infer<typeof NoteList>;

/** A coordinator must give a reason (audited); the client's own peer may omit it. */
export const RestrictedReadRequest = z.object({ reason: z.optional(shortText(500)) });
export type RestrictedReadRequest = z.infer<typeof RestrictedReadRequest>;

// ---- Check-ins between sessions ------------------------------------------------------------------

export const CHECK_IN_CHANNELS = ['text', 'phone'] as const;
export const CheckInChannel = z.enum(CHECK_IN_CHANNELS);
export type CheckInChannel = z.infer<typeof CheckInChannel>;

export const CreateContactRequest = z.object({
  at: Instant,
  channel: CheckInChannel,
  summary: longText(1000),
});
export type CreateContactRequest = z.infer<typeof CreateContactRequest>;

export const Contact = z.object({
  contactId: ContactId,
  clientId: ClientId,
  at: Instant,
  channel: CheckInChannel,
  summary: z.string(),
  loggedBy: z.string(),
  createdAt: Instant,
});
export type Contact = z.infer<typeof Contact>;

export const ContactList = z.object({ items: z.array(Contact), nextCursor: z.nullable(z.string()) });
export type ContactList = z.infer<typeof ContactList>;

// ---- Concerns ---------------------------------------------------------------------------------------

export const CONCERN_STATUSES = ['open', 'resolved'] as const;
export const ConcernStatus = z.enum(CONCERN_STATUSES);

export const RaiseConcernRequest = z.object({ summary: longText(2000) });
export type RaiseConcernRequest = z.infer<typeof RaiseConcernRequest>;

export const ResolveConcernRequest = z.object({ note: longText(2000) });
export type ResolveConcernRequest = z.infer<typeof ResolveConcernRequest>;

export const Concern = z.object({
  concernId: ConcernId,
  clientId: ClientId,
  summary: z.string(),
  status: ConcernStatus,
  raisedBy: z.string(),
  raisedAt: Instant,
  resolution: z.optional(z.object({ note: z.string(), by: z.string(), at: Instant })),
  version: z.int().check(z.gte(1)),
});
export type Concern = z.infer<typeof Concern>;

export const ListConcernsQuery = z.extend(PageQuery, { status: z.optional(ConcernStatus) });
export const ConcernList = z.object({ items: z.array(Concern), nextCursor: z.nullable(z.string()) });
export type ConcernList = z.infer<typeof ConcernList>;

// ---- Audit --------------------------------------------------------------------------------------------

/** `GET /audit`: one of `clientId` or `actor` (a staff username) picks the trail. */
export const AuditQuery = z
  .object({
    clientId: z.optional(ClientId),
    actor: z.optional(z.string().check(z.minLength(1), z.maxLength(254))),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
    limit: z._default(z.coerce.number().check(z.gte(1), z.lte(100), z.multipleOf(1)), 50),
  })
  .check(
    z.refine((query) => (query.clientId === undefined) !== (query.actor === undefined), {
      message: 'Give either clientId or actor',
      path: ['clientId'],
    }),
  );
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  at: Instant,
  actor: z.object({ sub: z.string(), username: z.string(), roles: z.array(z.string()) }),
  /** What was attempted, e.g. `goal.update`, `note.restricted_read`, `plan.share`. */
  action: z.string(),
  target: z.object({ kind: z.string(), clientId: z.optional(z.string()), id: z.optional(z.string()) }),
  allowed: z.boolean(),
  /** Why it was refused, or the reason a coordinator gave for a restricted read. */
  reason: z.optional(z.string()),
  sourceIp: z.optional(z.string()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ items: z.array(AuditEntry), nextCursor: z.nullable(z.string()) });
export type AuditPage = z.infer<typeof AuditPage>;

// ---- Example bodies (OpenAPI document, tests, scripts) --------------------------------------------

export const EXAMPLE_CREATE_GOAL: z.input<typeof CreateGoalRequest> = {
  title: 'Get out of the house with the baby twice a week',
  steps: [{ text: 'Find a parent-and-baby group nearby' }, { text: 'Go once with a friend', done: false }],
};
export const EXAMPLE_UPDATE_GOAL: z.input<typeof UpdateGoalRequest> = {
  steps: [{ text: 'Find a parent-and-baby group nearby', done: true }, { text: 'Go once with a friend' }],
  addProgress: [
    { at: '2027-03-09T23:00:00Z', sessionId: 'se_01JQ7Z5X2M4N6P8R0T2V4W6Y8C', note: 'Found a group on Thursdays' },
  ],
};
export const EXAMPLE_CREATE_PLAN: z.input<typeof CreatePlanRequest> = {
  templateId: 'birth-plan',
  answers: [{ sectionId: 'support-people', answer: 'My partner and my sister' }],
};
export const EXAMPLE_UPDATE_PLAN: z.input<typeof UpdatePlanRequest> = {
  answers: [{ sectionId: 'comfort', answer: 'Music, dim lights, walking' }],
};
export const EXAMPLE_SHARE_PLAN: z.input<typeof SharePlanRequest> = { expiresInDays: 7 };
export const EXAMPLE_CREATE_NOTE: z.input<typeof CreateNoteRequest> = {
  at: '2027-03-09T23:00:00Z',
  sessionId: 'se_01JQ7Z5X2M4N6P8R0T2V4W6Y8C',
  topics: ['Sleep routine', 'Returning to work'],
  goalsTouched: ['go_01JQ7Z5X2M4N6P8R0T2V4W6Y8D'],
  resourcesShared: ['Community parenting drop-in'],
  nextSteps: ['Call the drop-in before Thursday'],
  substanceUse: false,
};
export const EXAMPLE_RESTRICTED_READ: z.input<typeof RestrictedReadRequest> = {
  reason: 'Covering for the peer this week',
};
export const EXAMPLE_CREATE_CONTACT: z.input<typeof CreateContactRequest> = {
  at: '2027-03-12T16:30:00Z',
  channel: 'text',
  summary: 'Checked in after the group; it went well',
};
export const EXAMPLE_RAISE_CONCERN: z.input<typeof RaiseConcernRequest> = {
  summary: 'Would like a coordinator to call this week',
};
export const EXAMPLE_RESOLVE_CONCERN: z.input<typeof ResolveConcernRequest> = {
  note: 'Called on Tuesday; plan agreed with the peer',
};
