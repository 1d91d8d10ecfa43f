import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLAN_TEMPLATES_DIRECTORY, PLAN_TEMPLATES_PACK, readPlanTemplateFiles } from './plan-template-files.js';

/** `pnpm --filter @lantern/support plan-templates`: packs the template files into what the functions bundle. */
const templates = readPlanTemplateFiles(fileURLToPath(PLAN_TEMPLATES_DIRECTORY));
writeFileSync(PLAN_TEMPLATES_PACK, `${JSON.stringify(templates, null, 2)}\n`);
console.log(`Packed ${templates.length} plan template files.`);
