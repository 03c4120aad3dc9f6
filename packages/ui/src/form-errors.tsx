import { useEffect, useRef } from 'react';
import { describeError } from './trpc';

/** Per-field messages from an API error (zod or domain), keyed by the field's dotted path. */
export function fieldErrorMap(error: unknown): Record<string, string> {
  if (!error) return {};
  const map: Record<string, string> = {};
  for (const f of describeError(error).fieldErrors) map[f.field] ??= f.message;
  return map;
}

/**
 * The summary of a failed submit: announced, and focused so keyboard and screen-reader users
 * hear why. Each field also shows its own message beside it.
 */
export function FormError({ error, at }: { error: unknown; at?: number | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const message = error ? describeError(error).message : null;
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, at]);
  if (!error) return null;
  const { fieldErrors } = describeError(error);
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref}>
      {fieldErrors.length ? (
        <>
          <p>Please fix this:</p>
          <ul>
            {fieldErrors.map((f) => (
              <li key={f.field}>{f.message}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{message}</p>
      )}
    </div>
  );
}

/** The portals build forms with react-hook-form through the shared UI package. */
export { useForm, type SubmitHandler } from 'react-hook-form';
