import type { FieldErrors, FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { describeError } from '../trpc';

/** Where the kit keeps an answer of the server that names no field (a conflict, a refusal). */
export const SERVER_ERROR = 'root.server';

export interface ErrorEntry {
  /** Dotted path of the field (`person.firstName`, `steps.1.description`), or `root.server`. */
  path: string;
  message: string;
}

/** A message as a sentence: "end is before start" → "End is before start". */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** A react-hook-form FieldError (as opposed to an object of nested errors): it has a `type`. */
function isFieldError(node: object): boolean {
  const { type } = node as { type?: unknown };
  return typeof type === 'string' || typeof type === 'number';
}

/**
 * Every message in react-hook-form's nested errors, with its dotted path, in form order. A field
 * may be called `type` or `message`; only an error's own `ref` and `types` are not errors.
 */
export function flattenErrors(errors: FieldErrors, prefix = ''): ErrorEntry[] {
  const entries: ErrorEntry[] = [];
  const inError = isFieldError(errors);
  for (const [key, node] of Object.entries(errors)) {
    if (!node || typeof node !== 'object' || (inError && (key === 'ref' || key === 'types'))) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const { message } = node as { message?: unknown };
    if (isFieldError(node) && typeof message === 'string' && message) entries.push({ path, message });
    entries.push(...flattenErrors(node as FieldErrors, path));
  }
  return entries;
}

/**
 * The server's answer onto the form: each of `fieldErrors` on its field (dotted paths, as the
 * API's schema names them); an answer that names no field goes to the summary. A conflict (409)
 * is marked so a page can say what to do about it.
 */
export function applyServerErrors<TValues extends FieldValues>(
  setError: UseFormSetError<TValues>,
  error: unknown,
): void {
  const { message, fieldErrors, status } = describeError(error);
  if (fieldErrors.length === 0) {
    setError(SERVER_ERROR, { type: status === 409 ? 'conflict' : 'server', message });
    return;
  }
  const seen = new Set<string>();
  for (const { field, message: text } of fieldErrors) {
    if (seen.has(field)) continue;
    seen.add(field);
    setError(field as FieldPath<TValues>, { type: 'server', message: sentence(text) });
  }
}

/** The kind of the server's answer that named no field (`conflict` for a 409), when there is one. */
export function serverErrorType(errors: FieldErrors): string | undefined {
  const type = errors.root?.['server']?.type;
  return type === undefined ? undefined : String(type);
}
