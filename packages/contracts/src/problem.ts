import * as z from 'zod/mini';

/** RFC 9457 problem details, as every Lantern error is returned. */
export const FieldProblem = z.object({ path: z.string(), message: z.string() });
export type FieldProblem = z.infer<typeof FieldProblem>;

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(FieldProblem)),
});
export type Problem = z.infer<typeof Problem>;

/** Stable problem `type` URIs: clients branch on these, never on titles. */
export const PROBLEM_TYPES = {
  validation: 'https://lantern.dev/problems/validation',
  malformedJson: 'https://lantern.dev/problems/malformed-json',
  unauthorized: 'https://lantern.dev/problems/unauthorized',
  forbidden: 'https://lantern.dev/problems/forbidden',
  notFound: 'https://lantern.dev/problems/not-found',
  conflict: 'https://lantern.dev/problems/conflict',
  preconditionFailed: 'https://lantern.dev/problems/precondition-failed',
  payloadTooLarge: 'https://lantern.dev/problems/payload-too-large',
  unsupportedMediaType: 'https://lantern.dev/problems/unsupported-media-type',
  internal: 'https://lantern.dev/problems/internal',
} as const;
