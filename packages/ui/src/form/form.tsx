import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { ErrorSummary } from './error-summary';
import type { SchemaForm } from './use-schema-form';

export interface FormProps<TValues extends FieldValues, TInput> {
  form: SchemaForm<TValues, TInput>;
  /** Sends the valid input, usually `mutation.mutateAsync`; a thrown API error is shown on the form. */
  onSubmit: (input: TInput) => unknown;
  children: ReactNode;
  className?: string;
  'aria-labelledby'?: string;
  /** Summarise field errors as a count rather than a list (see ErrorSummary). */
  briefSummary?: boolean;
}

/** A form of the kit: no browser validation (the schema's messages are plainer), the summary first. */
export function Form<TValues extends FieldValues, TInput>({
  form,
  onSubmit,
  children,
  className,
  briefSummary = false,
  ...aria
}: FormProps<TValues, TInput>) {
  return (
    <form className={className} noValidate onSubmit={form.onSubmit(onSubmit)} {...aria}>
      <ErrorSummary form={form} brief={briefSummary} />
      {children}
    </form>
  );
}
