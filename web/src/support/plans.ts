import type { CreatePlanRequest, Plan, PlanTemplate, UpdatePlanRequest } from '@lantern/contracts';
import type * as z from 'zod/mini';

/** What the form holds: one answer per section of the template, by section id. */
export type PlanDraft = Record<string, string>;

/** The form's starting values: the plan's answers where it has them, empty elsewhere. */
export function planDraft(template: PlanTemplate, plan?: Plan): PlanDraft {
  const saved = new Map((plan?.answers ?? []).map((answer) => [answer.sectionId, answer.answer]));
  return Object.fromEntries(
    template.sections.map((section) => [section.sectionId, saved.get(section.sectionId) ?? '']),
  );
}

export function createPlanBody(template: PlanTemplate, draft: PlanDraft): z.input<typeof CreatePlanRequest> {
  const answers = template.sections
    .map((section) => ({ sectionId: section.sectionId, answer: (draft[section.sectionId] ?? '').trim() }))
    .filter((answer) => answer.answer !== '');
  return { templateId: template.templateId, answers };
}

/**
 * The sections whose answer changed (an emptied one is sent empty, which clears it), or undefined
 * when nothing changed, so saving an untouched plan sends nothing.
 */
export function updatePlanBody(plan: Plan, draft: PlanDraft): z.input<typeof UpdatePlanRequest> | undefined {
  const saved = new Map(plan.answers.map((answer) => [answer.sectionId, answer.answer]));
  const answers = Object.entries(draft)
    .map(([sectionId, answer]) => ({ sectionId, answer: answer.trim() }))
    .filter(({ sectionId, answer }) => answer !== (saved.get(sectionId) ?? ''));
  return answers.length > 0 ? { answers } : undefined;
}

/** The page a client opens: the web app's `/p/{token}`, never the API's path. */
export function shareLinkOf(origin: string, token: string): string {
  return `${origin.replace(/\/$/, '')}/p/${encodeURIComponent(token)}`;
}
