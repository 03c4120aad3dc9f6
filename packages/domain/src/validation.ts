import { z } from 'zod';

import { isIsoDate } from './dates';
import { DomainError } from './errors';

/**
 * A calendar date. `abort` stops here on a date like 2026-02-30, so an object's own checks
 * (end after start, …) never compare a date that does not exist: the answer names this field.
 */
export const ZIsoDate = z
  .string()
  .refine(isIsoDate, { message: 'Enter a real date (day, month and year).', abort: true });

/** The largest value of a 32-bit integer column (PostgreSQL `integer`). */
export const INT32_MAX = 2_147_483_647;

/** A whole number that fits its 32-bit column: counts, versions, positions. */
export const ZInt32 = z
  .number()
  .int({ error: 'Enter a whole number.' })
  .max(INT32_MAX, { error: 'Enter a smaller number.' });

/**
 * An amount in cents that fits its 32-bit column (at most $21,474,836.47); `belowZero` is what a
 * person reads for a negative amount, naming what the amount is when the field says it.
 */
export const zCents = (belowZero = 'Enter an amount of zero or more.') =>
  z
    .number()
    .int({ error: 'Enter the amount in whole cents.' })
    .nonnegative({ error: belowZero })
    .max(INT32_MAX, { error: 'Enter an amount under $21,474,836.48.' });

export const ZCents = zCents();

/**
 * Control characters a person never types: NUL and the rest of C0, DEL and C1. Tab, line feed and
 * carriage return (the two halves of a newline) are text.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Half of a UTF-16 surrogate pair without its other half: not a character, and not storable. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the text holds a control character or a broken (lone surrogate) character. */
export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value) || LONE_SURROGATE.test(value);
}

export const CONTROL_CHARACTER_MESSAGE =
  'This text holds an invisible or broken character (perhaps from a copy and paste). Remove it and try again.';

/**
 * The one schema of free text: trimmed, at most `max` characters, no control characters but
 * newline and tab. Every text field of every input is one of these (or `ZRequiredText`).
 */
export function ZText(max: number) {
  return z
    .string({ error: 'Enter text here.' })
    .trim()
    .max(max, { error: `Use at most ${max.toLocaleString('en-US')} characters.` })
    .refine((value) => !hasControlCharacter(value), { error: CONTROL_CHARACTER_MESSAGE });
}

/** Free text that must be filled in; `message` says what to write. */
export function ZRequiredText(max: number, message: string) {
  return z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Use at most ${max.toLocaleString('en-US')} characters.` })
    .refine((value) => !hasControlCharacter(value), { error: CONTROL_CHARACTER_MESSAGE });
}

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
