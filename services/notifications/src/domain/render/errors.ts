/** Base error of the renderer; the message names the template and fields, never their values. */
export class RenderError extends Error {
  override readonly name: string = 'RenderError';
}

/** Variables that do not fit the template's schema (missing, unknown or malformed). */
export class TemplateVariablesError extends RenderError {
  override readonly name = 'TemplateVariablesError';
  constructor(
    readonly template: string,
    readonly fields: readonly string[],
  ) {
    super(`Variables for ${template} are invalid: ${fields.join(', ')}`);
  }
}

/** A template, locale or part that the sources do not have. */
export class TemplateSourceError extends RenderError {
  override readonly name = 'TemplateSourceError';
}
