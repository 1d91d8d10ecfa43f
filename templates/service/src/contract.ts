/**
 * The example's HTTP contract. `pnpm new-service` moves this file to
 * packages/contracts/src/<name>.ts (schemas are shared with the web app) and points imports there.
 */

import { personText } from '@lantern/contracts';
import * as z from 'zod/mini';

export const ExampleId = z.string().check(z.regex(/^ex_[0-9A-HJKMNP-TV-Z]{26}$/, { message: 'Not an example id' }));
export const ExampleIdParams = z.object({ exampleId: ExampleId });

export const ExampleInput = z.object({ title: personText({ max: 120, required: true }) });
export type ExampleInput = z.infer<typeof ExampleInput>;

export const Example = z.object({
  exampleId: z.string(),
  title: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  version: z.int(),
});
export type Example = z.infer<typeof Example>;
