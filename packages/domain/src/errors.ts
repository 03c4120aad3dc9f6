/**
 * Errors of the domain. The code is a stable string the API layer maps to its own error codes;
 * nothing here knows about tRPC or HTTP.
 */
export type DomainErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

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
