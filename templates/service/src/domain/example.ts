import { ulid } from 'ulid';
import type { Example, ExampleInput } from '../contract.js';

export const newExampleId = (): string => `ex_${ulid()}`;

/** A new example at version 1: pure, so the tests need no table. */
export function newExample(
  input: ExampleInput,
  by: { username: string; now: Date },
  exampleId = newExampleId(),
): Example {
  return { exampleId, title: input.title, createdBy: by.username, createdAt: by.now.toISOString(), version: 1 };
}
