import templates from './plan-templates.generated.json' with { type: 'json' };
import { planTemplateLibrary } from './plan-templates.js';

/**
 * The organisation's plan templates: the packed plan-templates/*.json files
 * (pnpm --filter @lantern/support plan-templates). Apart from the stores, so a function that only
 * lists templates bundles no database client.
 */
export const planTemplates = planTemplateLibrary(templates as Parameters<typeof planTemplateLibrary>[0]);
