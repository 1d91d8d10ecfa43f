import type {
  AuditPage,
  Concern,
  ConcernList,
  Contact,
  ContactList,
  CreateContactRequest,
  CreateGoalRequest,
  CreateNoteRequest,
  CreatePlanRequest,
  Goal,
  GoalList,
  Locale,
  Note,
  NoteList,
  Plan,
  PlanList,
  PlanShare,
  PlanTemplateList,
  SharedPlanView,
  UpdateGoalRequest,
  UpdatePlanRequest,
} from '@lantern/contracts';
import type * as z from 'zod/mini';
import type { AuditFilters } from '../support/audit-filters.js';
import { callRoute } from './call-route.js';
import { WEB_ROUTES } from './routes.js';

/** The peer's workspace calls (services/support), each by its route value. */
export function supportApi(apiUrl: string, token: () => string) {
  const page = (cursor?: string) => ({ limit: 50, ...(cursor ? { cursor } : {}) });
  const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
  const key = (idempotencyKey: string) => ({ 'idempotency-key': idempotencyKey });
  return {
    listGoals: (clientId: string, cursor?: string): Promise<GoalList> =>
      callRoute(apiUrl, WEB_ROUTES.listGoals, { token: token(), params: { clientId }, query: page(cursor) }),
    createGoal: (clientId: string, body: z.input<typeof CreateGoalRequest>, idempotencyKey: string): Promise<Goal> =>
      callRoute(apiUrl, WEB_ROUTES.createGoal, {
        token: token(),
        params: { clientId },
        body,
        headers: key(idempotencyKey),
      }),
    updateGoal: (goal: Goal, body: z.input<typeof UpdateGoalRequest>): Promise<Goal> =>
      callRoute(apiUrl, WEB_ROUTES.updateGoal, {
        token: token(),
        params: { goalId: goal.goalId },
        body,
        headers: ifMatch(goal.version),
      }),
    listPlanTemplates: (locale: Locale): Promise<PlanTemplateList> =>
      callRoute(apiUrl, WEB_ROUTES.listPlanTemplates, { token: token(), query: { locale } }),
    listPlans: (clientId: string, cursor?: string): Promise<PlanList> =>
      callRoute(apiUrl, WEB_ROUTES.listPlans, { token: token(), params: { clientId }, query: page(cursor) }),
    createPlan: (clientId: string, body: z.input<typeof CreatePlanRequest>, idempotencyKey: string): Promise<Plan> =>
      callRoute(apiUrl, WEB_ROUTES.createPlan, {
        token: token(),
        params: { clientId },
        body,
        headers: key(idempotencyKey),
      }),
    updatePlan: (plan: Plan, body: z.input<typeof UpdatePlanRequest>): Promise<Plan> =>
      callRoute(apiUrl, WEB_ROUTES.updatePlan, {
        token: token(),
        params: { planId: plan.planId },
        body,
        headers: ifMatch(plan.version),
      }),
    sharePlan: (planId: string): Promise<PlanShare> =>
      callRoute(apiUrl, WEB_ROUTES.sharePlan, { token: token(), params: { planId }, body: { expiresInDays: 7 } }),
    listNotes: (clientId: string, cursor?: string): Promise<NoteList> =>
      callRoute(apiUrl, WEB_ROUTES.listNotes, { token: token(), params: { clientId }, query: page(cursor) }),
    createNote: (clientId: string, body: z.input<typeof CreateNoteRequest>, idempotencyKey: string): Promise<Note> =>
      callRoute(apiUrl, WEB_ROUTES.createNote, {
        token: token(),
        params: { clientId },
        body,
        headers: key(idempotencyKey),
      }),
    readRestrictedNote: (noteId: string, reason: string): Promise<Note> =>
      callRoute(apiUrl, WEB_ROUTES.readRestrictedNote, {
        token: token(),
        params: { noteId },
        body: reason.trim() ? { reason: reason.trim() } : {},
      }),
    listContacts: (clientId: string, cursor?: string): Promise<ContactList> =>
      callRoute(apiUrl, WEB_ROUTES.listContacts, { token: token(), params: { clientId }, query: page(cursor) }),
    createContact: (
      clientId: string,
      body: z.input<typeof CreateContactRequest>,
      idempotencyKey: string,
    ): Promise<Contact> =>
      callRoute(apiUrl, WEB_ROUTES.createContact, {
        token: token(),
        params: { clientId },
        body,
        headers: key(idempotencyKey),
      }),
    listConcerns: (clientId: string, cursor?: string, status?: 'open' | 'resolved'): Promise<ConcernList> =>
      callRoute(apiUrl, WEB_ROUTES.listConcerns, {
        token: token(),
        params: { clientId },
        query: { ...page(cursor), ...(status ? { status } : {}) },
      }),
    raiseConcern: (clientId: string, summary: string, idempotencyKey: string): Promise<Concern> =>
      callRoute(apiUrl, WEB_ROUTES.raiseConcern, {
        token: token(),
        params: { clientId },
        body: { summary },
        headers: key(idempotencyKey),
      }),
    resolveConcern: (concern: Concern, note: string): Promise<Concern> =>
      callRoute(apiUrl, WEB_ROUTES.resolveConcern, {
        token: token(),
        params: { concernId: concern.concernId },
        body: { note },
        headers: ifMatch(concern.version),
      }),
    listAudit: (filters: AuditFilters, cursor?: string): Promise<AuditPage> =>
      callRoute(apiUrl, WEB_ROUTES.listAudit, {
        token: token(),
        query: { ...filters, limit: 50, ...(cursor ? { cursor } : {}) },
      }),
  };
}

export type SupportApi = ReturnType<typeof supportApi>;

/** The public page behind a share link: no token of a staff member, only the link's own. */
export function getSharedPlan(apiUrl: string, token: string): Promise<SharedPlanView> {
  return callRoute(apiUrl, WEB_ROUTES.getSharedPlan, { params: { token } });
}
