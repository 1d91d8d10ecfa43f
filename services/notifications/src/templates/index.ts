import { createRenderer, type TemplateSources } from '../domain/render/render.js';
import packed from './templates.generated.json' with { type: 'json' };

/** The organisation's templates as packed from `templates/` (see pack.ts). */
export const TEMPLATE_SOURCES: TemplateSources = packed as TemplateSources;

/** `render(template, locale, variables)` over the packed templates: what handlers call. */
export const render = createRenderer(TEMPLATE_SOURCES);
