/**
 * What a form shows (text in inputs) turned into what a schema takes. Each form maps its display
 * values in one `toInput` function with these; the schema then says what is wrong.
 */

/** "  " → undefined; anything else trimmed. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** "" → null (an optional choice or date the API takes as null). */
export function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/** "12" → 12; empty → undefined; anything else → NaN, so the schema refuses it. */
export function optionalInt(value: string): number | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * "9,600.50" or "$12" → cents; "-12" → negative cents, so the schema says an amount cannot be below
 * zero; empty → undefined; anything else → NaN, so the schema refuses it.
 */
export function dollarsToCents(value: string): number | undefined {
  const trimmed = value.trim().replace(/[$,]/g, '');
  if (!trimmed) return undefined;
  if (!/^[-\u2212]?\d+(\.\d{1,2})?$/.test(trimmed)) return Number.NaN;
  const negative = /^[-\u2212]/.test(trimmed);
  const cents = Math.round(Number(trimmed.replace(/^[-\u2212]/, '')) * 100);
  return negative ? -cents : cents;
}

/** A yes/no select or radio group: "yes" → true, "no" → false, unanswered → undefined. */
export function yesNo(value: string): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/**
 * The rows of a repeated group up to the last one filled in. Blank rows at the end are dropped;
 * a blank row between filled ones is kept, so the schema's paths (`steps.1.description`) still
 * name the row the person sees.
 */
export function filledRows<T>(rows: readonly T[], isFilled: (row: T) => boolean): T[] {
  let end = rows.length;
  while (end > 0 && !isFilled(rows[end - 1]!)) end -= 1;
  return rows.slice(0, end);
}
