import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { FieldValues } from 'react-hook-form';
import { describeError } from '../trpc';
import { flattenErrors, SERVER_ERROR, type ErrorEntry } from './errors';
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

/** The controls of a form that a dotted path names (`person.firstName`): one, or a group of choices. */
function controlsOf(form: HTMLFormElement, path: string): HTMLElement[] {
  return Array.from(form.elements).filter(
    (el): el is HTMLElement => el instanceof HTMLElement && el.getAttribute('name') === path,
  );
}

function controlOf(form: HTMLFormElement, path: string): HTMLElement | null {
  return controlsOf(form, path)[0] ?? null;
}

/**
 * The human label of a field, as the person sees it on the page: the legend of its group of
 * choices, or its own label. Null when the path names no control (a message about the whole form).
 */
export function fieldLabel(form: HTMLFormElement, path: string): string | null {
  const control = controlOf(form, path);
  if (!control) return null;
  const type = control.getAttribute('type');
  if (
    type === 'radio' ||
    (type === 'checkbox' && form.querySelectorAll(`[name="${CSS.escape(path)}"]`).length > 1)
  ) {
    const legend = control.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
    if (legend) return legend;
  }
  const labels = (control as HTMLInputElement).labels;
  const label = labels?.[0]?.textContent?.trim() || control.getAttribute('aria-label');
  return label || null;
}

/** The labels of the fields in error, read from the form once it has rendered. */
function useFieldLabels(ref: RefObject<HTMLElement | null>, entries: readonly ErrorEntry[]) {
  const [labels, setLabels] = useState<Record<string, string>>({});
  const key = entries.map((e) => e.path).join('|');
  useLayoutEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const next: Record<string, string> = {};
    for (const { path } of entries) {
      const label = fieldLabel(form, path);
      if (label) next[path] = label;
    }
    setLabels((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    // The paths in error are what matter; the entries array is new on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ref]);
  return labels;
}

/** Each field in error by its label and what to do, in form order; a link takes the focus to it. */
function FieldMessages({
  entries,
  labels,
  alertRef,
}: {
  entries: readonly ErrorEntry[];
  labels: Record<string, string>;
  alertRef: RefObject<HTMLElement | null>;
}) {
  const seen = new Set<string>();
  const items = entries.flatMap((e) => {
    const label = labels[e.path];
    const text = label ? `${label}: ${e.message}` : e.message;
    if (seen.has(text)) return [];
    seen.add(text);
    return [{ path: e.path, label, text }];
  });
  const focus = (path: string) => {
    const form = alertRef.current?.closest('form');
    if (form) controlOf(form, path)?.focus();
  };
  return (
    <>
      <p>Please fix this:</p>
      <ul>
        {items.map((item) => (
          <li key={item.text}>
            {item.label ? (
              <a
                href={`#${item.path}`}
                onClick={(event) => {
                  event.preventDefault();
                  focus(item.path);
                }}
              >
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
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
  const fields = entries.filter((e) => e.path !== SERVER_ERROR);
  const labels = useFieldLabels(ref, fields);
  if (entries.length === 0) return null;
  const count = new Set(fields.map((f) => f.path)).size;
  const server = entries.filter((e) => e.path === SERVER_ERROR).map((e) => e.message);
  return (
    <Alert alertRef={ref}>
      {server.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {fields.length > 0 &&
        (brief ? (
          <p>Please fix the {count === 1 ? 'field' : `${count} fields`} marked below.</p>
        ) : (
          <FieldMessages entries={fields} labels={labels} alertRef={ref} />
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
