import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/**
 * The field components of the form kit. Each takes a label, an optional hint and the message to
 * show beside it, and the rest as its input's props, usually `{...form.field('dotted.path')}`.
 * The hint and the message are linked to the input with aria-describedby.
 */
interface FieldText {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export interface Option {
  value: string;
  label: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  return hint ? (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function Message({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

function FieldShell({ id, label, hint, error, children }: FieldText & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      {children}
      <Message id={id} error={error} />
    </div>
  );
}

/** What every input gets: its id, its state and what describes it. */
function inputProps(id: string, hint?: string, error?: string) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error) };
}

type TextFieldProps = FieldText &
  InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> | undefined };

/** A labelled input whose hint and error are announced with it. */
export function TextField({ label, hint, error, id: givenId, ...input }: TextFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input {...input} {...inputProps(id, hint, error)} />
    </FieldShell>
  );
}

type TextAreaFieldProps = FieldText &
  TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> | undefined };

export function TextAreaField({ label, hint, error, id: givenId, ...input }: TextAreaFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea {...input} {...inputProps(id, hint, error)} />
    </FieldShell>
  );
}

type SelectFieldProps = FieldText &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly Option[];
    ref?: Ref<HTMLSelectElement> | undefined;
  };

export function SelectField({ label, hint, error, options, id: givenId, ...select }: SelectFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select {...select} {...inputProps(id, hint, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

type CheckboxFieldProps = FieldText &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { ref?: Ref<HTMLInputElement> | undefined };

/** One checkbox with its label beside it. */
export function CheckboxField({ label, hint, error, id: givenId, ...input }: CheckboxFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <div className={error ? 'field-invalid' : undefined}>
      <label className="choice">
        <input type="checkbox" {...input} {...inputProps(id, hint, error)} />
        <span>{label}</span>
      </label>
      <Hint id={id} hint={hint} />
      <Message id={id} error={error} />
    </div>
  );
}

type ChoiceFieldProps = Omit<FieldText, 'label'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
    legend: string;
    type: 'radio' | 'checkbox';
    options: readonly Option[];
    ref?: Ref<HTMLInputElement> | undefined;
  };

/** Radio buttons (one answer) or checkboxes (several) in a fieldset named by its legend. */
export function ChoiceField({ legend, hint, error, type, options, id: givenId, ...input }: ChoiceFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <fieldset className="choices" aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <Hint id={id} hint={hint} />
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input type={type} value={o.value} {...input} />
          <span>{o.label}</span>
        </label>
      ))}
      <Message id={id} error={error} />
    </fieldset>
  );
}
