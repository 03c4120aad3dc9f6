import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { FieldValues } from 'react-hook-form';
import { describeError } from '../trpc';
import { flattenErrors, SERVER_ERROR } from './errors';
import type { SchemaForm } from './use-schema-form';

/** Focuses the element once for each new `key` while `active`, so a failure is heard where it is. */
function useFocusOnEach(ref: RefObject<HTMLElement | null>, key: number, active: boolean) {
  const handled = useRef(0);
  // No dependency list: the alert may mount a render after the failure is counted.
  useEffect(() => {
    if (active && key !== handled.current && ref.current) {
      ref.current.focus();
      handled.current = key;
    }
  });
}

function Alert({ alertRef, children }: { alertRef: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={alertRef}>
      {children}
    </div>
  );
}

function Messages({ messages }: { messages: readonly string[] }) {
  return (
    <>
      <p>Please fix this:</p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * The summary of a failed submit: announced (role=alert) and focused, so keyboard and
 * screen-reader users hear why. It lists every message; each field also shows its own beside it.
 * `brief` says only how many fields need fixing, for a short form whose messages sit right below.
 */
export function ErrorSummary<TValues extends FieldValues, TInput>({
  form,
  brief = false,
}: {
  form: SchemaForm<TValues, TInput>;
  brief?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = flattenErrors(form.formState.errors);
  useFocusOnEach(ref, form.failures, entries.length > 0);
  if (entries.length === 0) return null;
  const server = entries.filter((e) => e.path === SERVER_ERROR).map((e) => e.message);
  const fields = [...new Set(entries.filter((e) => e.path !== SERVER_ERROR).map((e) => e.message))];
  return (
    <Alert alertRef={ref}>
      {server.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {fields.length > 0 &&
        (brief ? (
          <p>Please fix the {fields.length === 1 ? 'field' : `${fields.length} fields`} marked below.</p>
        ) : (
          <Messages messages={fields} />
        ))}
    </Alert>
  );
}

/**
 * The failure of an action that is not a form (a button that saves at once): the same alert,
 * focused each time the action fails. `at` is the mutation's `submittedAt`.
 */
export function ActionError({ error, at }: { error: unknown; at: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusOnEach(ref, at, !!error);
  if (!error) return null;
  const { message, fieldErrors } = describeError(error);
  return (
    <Alert alertRef={ref}>
      {fieldErrors.length ? <Messages messages={fieldErrors.map((f) => f.message)} /> : <p>{message}</p>}
    </Alert>
  );
}
