import { z } from 'zod';

import { isIsoDate } from './dates';
import { DomainError } from './errors';

export const ZIsoDate = z.string().refine(isIsoDate, { message: 'Enter a real date (day, month and year).' });

export const ZCents = z.number().int().nonnegative();

/**
 * Parses input with a schema and turns the first problem into a DomainError naming the field,
 * so every public function fails the same way on bad input.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((part) => part !== '').join('.');
  const field = path === '' ? 'input' : path;
  throw new DomainError('INVALID_INPUT', issue?.message ?? 'Check this answer.', {
    field,
  });
}
