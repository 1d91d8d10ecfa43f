import type {
  CreatePlanRequest,
  Locale,
  Plan,
  PlanTemplate,
  SharedPlanView,
  UpdatePlanRequest,
} from '@lantern/contracts';
import { UnknownSectionError } from './errors.js';
import type { Author } from './goals.js';
import { newPlanId } from './ids.js';

function checkSections(template: PlanTemplate, answers: readonly { sectionId: string }[]): void {
  const known = new Set(template.sections.map((section) => section.sectionId));
  const unknown = answers.map((answer) => answer.sectionId).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownSectionError(unknown);
}

/** Answers in the template's section order, empty ones left out. */
function ordered(template: PlanTemplate, answers: ReadonlyMap<string, string>): Plan['answers'] {
  return template.sections.flatMap((section) => {
    const answer = answers.get(section.sectionId);
    return answer ? [{ sectionId: section.sectionId, answer }] : [];
  });
}

export function newPlan(clientId: string, template: PlanTemplate, body: CreatePlanRequest, author: Author): Plan {
  checkSections(template, body.answers);
  const at = author.now.toISOString();
  return {
    planId: newPlanId(),
    clientId,
    templateId: template.templateId,
    title: body.title ?? template.title,
    answers: ordered(template, new Map(body.answers.map((a) => [a.sectionId, a.answer]))),
    version: 1,
    createdBy: author.username,
    createdAt: at,
    updatedAt: at,
  };
}

/** Sets the sections given (an empty answer clears one), keeps the others. Nothing new → unchanged. */
export function applyPlanUpdate(plan: Plan, template: PlanTemplate, body: UpdatePlanRequest, now: Date) {
  checkSections(template, body.answers ?? []);
  const answers = new Map(plan.answers.map((a) => [a.sectionId, a.answer]));
  for (const { sectionId, answer } of body.answers ?? []) answers.set(sectionId, answer);
  const next = { ...plan, title: body.title ?? plan.title, answers: ordered(template, answers) };
  const changed = next.title !== plan.title || JSON.stringify(next.answers) !== JSON.stringify(plan.answers);
  if (!changed) return { plan, changed: false };
  return { plan: { ...next, version: plan.version + 1, updatedAt: now.toISOString() }, changed: true };
}

/**
 * The plan as the client reads it through a link: the template's words in the client's language,
 * their answers, no ids. A title left as the template's is shown in that language too.
 */
export function sharedPlanView(
  plan: Plan,
  template: PlanTemplate,
  templateTitles: readonly string[],
  locale: Locale,
  expiresAt: Date,
): SharedPlanView {
  const answers = new Map(plan.answers.map((a) => [a.sectionId, a.answer]));
  return {
    locale,
    title: templateTitles.includes(plan.title) ? template.title : plan.title,
    templateTitle: template.title,
    sections: template.sections.map((section) => ({
      title: section.title,
      prompts: section.prompts,
      answer: answers.get(section.sectionId) ?? '',
    })),
    updatedAt: plan.updatedAt,
    expiresAt: expiresAt.toISOString(),
  };
}
