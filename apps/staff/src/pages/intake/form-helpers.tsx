import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describeError, fieldErrorMap } from '@hearth/ui';

/** What the helper needs of a zod schema (the portal takes zod only through @hearth/domain). */
interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Today as a calendar date in the browser's zone, for date inputs' defaults. */
export function isoToday(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** "12.50" → 1250; empty → undefined; anything else → NaN so the schema refuses it. */
export function dollarsToCents(value: string): number | undefined {
  const trimmed = value.trim().replace(/[$,]/g, '');
  if (!trimmed) return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 100);
}

export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

export function optionalInt(value: string): number | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Client and server errors of one form, keyed by the field's dotted path (the API's names).
 * `check` runs the shared domain schema before sending; the server's fieldErrors come after.
 */
export function useFormErrors(serverError: unknown) {
  const [client, setClient] = useState<Record<string, string>>({});
  const [at, setAt] = useState(0);
  // Domain errors read "field: message"; beside the field, the field's name is already its label.
  const server = Object.fromEntries(
    Object.entries(fieldErrorMap(serverError)).map(([field, text]) => [
      field,
      text.startsWith(`${field}: `) ? text.slice(field.length + 2) : text,
    ]),
  );
  /** `required` gives the plain message for a field left empty, in place of the schema's. */
  function check<T>(schema: Schema<T>, payload: unknown, required: Record<string, string> = {}): T | null {
    setAt(Date.now());
    const parsed = schema.safeParse(payload);
    if (parsed.success) {
      setClient({});
      return parsed.data;
    }
    const map: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      map[path] ??= required[path] && isEmpty(valueAt(payload, path)) ? required[path] : issue.message;
    }
    setClient(map);
    return null;
  }
  const fields = { ...server, ...client };
  return { fields, check, at, hasClientErrors: Object.keys(client).length > 0, clear: () => setClient({}) };
}

/** The summary of a failed submit, focused so keyboard and screen-reader users hear why. */
export function ErrorSummary({
  fields,
  serverError,
  at,
  labels = {},
}: {
  fields: Record<string, string>;
  serverError: unknown;
  at: number;
  labels?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fields);
  const message = serverError ? describeError(serverError).message : null;
  const shown = entries.length > 0 || message !== null;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, at, message]);
  if (!shown) return null;
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref}>
      {entries.length ? (
        <>
          <p>Please fix this:</p>
          <ul>
            {entries.map(([field, text]) => (
              <li key={field}>
                {labels[field] ? `${labels[field]}: ` : ''}
                {text}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{message}</p>
      )}
    </div>
  );
}

/** A success message, announced politely. */
export function Saved({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-ok" role="status">
      {children}
    </div>
  );
}

export function Reasons({ reasons, label }: { reasons: readonly string[]; label?: string }) {
  if (!reasons.length) return null;
  return (
    <>
      {label && <p>{label}</p>}
      <ul>
        {reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
    </>
  );
}

function valueAt(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      value,
    );
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
