/**
 * Errors of the domain: the one error vocabulary of Hearth. The code is a stable string the API
 * maps to its own codes in one place (api/src/trpc.ts); nothing here knows about tRPC or HTTP.
 * A message is written for the person who reads it and never starts with a field name: the field
 * travels separately, so a form can show the message beside that field.
 */
export type DomainErrorCode =
  'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Dotted path of the offending input field, e.g. `stays.2.end`. */
  readonly field: string | undefined;

  constructor(code: DomainErrorCode, message: string, options: { field?: string } = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** Bad input: the message is for people, the field names where it goes. Changes nothing. */
export function badInput(field: string, message: string): never {
  throw new DomainError('INVALID_INPUT', message, { field });
}

/** Outside the caller's scope or absent: the same answer either way, so nothing leaks. */
export function notFound(what: string): never {
  throw new DomainError('NOT_FOUND', `No such ${what}.`);
}

export function conflict(message: string, field?: string): never {
  throw new DomainError('CONFLICT', message, field ? { field } : {});
}

export function forbidden(message: string): never {
  throw new DomainError('FORBIDDEN', message);
}

export function unauthorized(message: string): never {
  throw new DomainError('UNAUTHORIZED', message);
}

export function tooManyRequests(message: string): never {
  throw new DomainError('TOO_MANY_REQUESTS', message);
}

/** A scope lookup returns null when the record is absent or not the caller's; this answers 404. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) notFound(what);
  return value;
}
