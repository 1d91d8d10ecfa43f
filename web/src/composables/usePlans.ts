import type { CreatePlanRequest, Plan, PlanShare, PlanTemplate, UpdatePlanRequest } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import type * as z from 'zod/mini';
import { createPlanBody, type PlanDraft, shareLinkOf, updatePlanBody } from '../support/plans.js';
import { useAction } from './useAction.js';
import { useCreate } from './useCreate.js';

export interface PlansApi {
  templates: () => Promise<PlanTemplate[]>;
  list: () => Promise<Plan[]>;
  create: (body: z.input<typeof CreatePlanRequest>, idempotencyKey: string) => Promise<Plan>;
  update: (plan: Plan, body: z.input<typeof UpdatePlanRequest>) => Promise<Plan>;
  share: (planId: string) => Promise<PlanShare>;
}

export interface SharedLink {
  link: string;
  expiresAt: string;
}

/** A client's plans from the organisation's templates: start one, fill its sections, share it read-only. */
export function usePlans(api: PlansApi, newKey: () => string, origin: string) {
  const templates = shallowRef<PlanTemplate[]>([]);
  const plans = shallowRef<Plan[]>([]);
  const loadFailed = ref(false);
  const links = shallowRef<Record<string, SharedLink>>({});
  const creating = useCreate(api.create, newKey);
  const saving = useAction(api.update);
  const sharing = useAction(api.share);

  async function load(): Promise<void> {
    loadFailed.value = false;
    try {
      [templates.value, plans.value] = await Promise.all([api.templates(), api.list()]);
    } catch {
      loadFailed.value = true;
    }
  }

  const templateOf = (plan: Plan): PlanTemplate | undefined =>
    templates.value.find((template) => template.templateId === plan.templateId);

  async function create(template: PlanTemplate, draft: PlanDraft): Promise<Plan | undefined> {
    const created = await creating.run(createPlanBody(template, draft));
    if (created) plans.value = [...plans.value, created];
    return created;
  }

  /** Saves the sections that changed; an untouched form sends nothing and counts as saved. */
  async function save(plan: Plan, draft: PlanDraft): Promise<boolean> {
    const body = updatePlanBody(plan, draft);
    if (!body) return true;
    const updated = await saving.run(plan, body);
    if (updated) plans.value = plans.value.map((each) => (each.planId === updated.planId ? updated : each));
    return updated !== undefined;
  }

  async function share(plan: Plan): Promise<SharedLink | undefined> {
    const shared = await sharing.run(plan.planId);
    if (!shared) return undefined;
    const link = { link: shareLinkOf(origin, shared.token), expiresAt: shared.expiresAt };
    links.value = { ...links.value, [plan.planId]: link };
    return link;
  }

  return { templates, plans, loadFailed, links, creating, saving, sharing, load, templateOf, create, save, share };
}
