import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type BaseSyntheticEvent } from 'react';
import {
  get,
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type ResolverOptions,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors, flattenErrors, sentence } from './errors';

/**
 * Plainer words for one field than the schema's: when it is left empty, or filled in wrongly.
 * `tooSmall`, when given, is for a value the schema reads but finds below its least (a negative
 * amount): "cannot be below zero" says more than "enter an amount in dollars".
 */
export interface FieldMessages {
  empty?: string;
  invalid?: string;
  tooSmall?: string;
}

/**
 * What `toInput` may return: the schema's input with each choice of strings widened to `string`
 * and each value allowed to be missing. A select holds any string and an empty field gives
 * undefined: the schema, not the type, says what is wrong. The keys stay checked.
 */
export type Loose<T> = T extends string
  ? string | undefined
  : T extends number | boolean | null | undefined
    ? T | undefined
    : T extends readonly (infer U)[]
      ? Loose<U>[]
      : T extends object
        ? { [K in keyof T]: Loose<T[K]> }
        : T;

export interface SchemaFormOptions<TValues extends FieldValues, TSchema extends z.ZodType> {
  /** The domain's input schema: the one the API validates with. */
  schema: TSchema;
  /** What the inputs start with (text, as the inputs hold it). */
  defaultValues: DefaultValues<TValues>;
  /**
   * The form's values as the schema's input, in one place: dollars to cents, empty text to
   * undefined, ids from the page. Field names are the schema's dotted paths, so the schema's
   * and the server's messages land on the field they name.
   */
  toInput: (values: TValues) => Loose<z.input<TSchema>>;
  /** By field; `steps.*.description` stands for that field of every row. */
  messages?: FieldMessageMap<TValues>;
}

export type FieldMessageMap<TValues extends FieldValues> = { [P in FieldPath<TValues>]?: FieldMessages } & {
  [row: `${string}.*.${string}`]: FieldMessages;
};

/** `steps.2.description` → `steps.*.description`: the key of a message for every row. */
const anyRow = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '.*');

/** Props for a field component: its registration and the message to show beside it. */
export type FieldProps<TName extends string> = UseFormRegisterReturn<TName> & { error: string | undefined };

export interface SchemaForm<TValues extends FieldValues, TInput> extends UseFormReturn<
  TValues,
  unknown,
  TInput
> {
  field: <TName extends FieldPath<TValues>>(name: TName) => FieldProps<TName>;
  /**
   * The submit handler: validates with the schema, then sends the input. A thrown API error is
   * put onto the fields it names (or the summary), and the summary takes the focus.
   */
  onSubmit: (send: (input: TInput) => unknown) => (event?: BaseSyntheticEvent) => Promise<void>;
  /** For an action outside the submit (a second button): its API error shown as a failed submit. */
  showServerError: (error: unknown) => void;
  /** How many submits have failed: the summary moves the focus each time it grows. */
  failures: number;
}

function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function schemaResolver<TValues extends FieldValues, TSchema extends z.ZodType>(
  schema: TSchema,
  toInput: (values: TValues) => Loose<z.input<TSchema>>,
  messages: Partial<Record<string, FieldMessages>> = {},
): Resolver<TValues, unknown, z.input<TSchema>> {
  // raw: the form sends the input it built (the API parses it again), not the schema's output.
  const validate: Resolver<FieldValues, unknown, FieldValues> = zodResolver(schema as never, undefined, {
    raw: true,
  });
  return async (values, context, options) => {
    const result = await validate(
      toInput(values) as FieldValues,
      context,
      options as unknown as ResolverOptions<FieldValues>,
    );
    const errors = result.errors as FieldErrors<TValues>;
    for (const { path, message } of flattenErrors(errors)) {
      const override = messages[path] ?? messages[anyRow(path)];
      const error = get<FieldErrors<TValues>, FieldError>(errors, path);
      const text = isEmptyValue(get(values, path))
        ? override?.empty
        : error.type === 'too_small' && override?.tooSmall
          ? override.tooSmall
          : override?.invalid;
      error.message = sentence(text ?? message);
    }
    return flattenErrors(errors).length === 0
      ? { values: result.values as z.input<TSchema>, errors: {} }
      : { values: {}, errors };
  };
}

/** One form of the kit: react-hook-form with the domain's schema through zodResolver. */
export function useSchemaForm<TValues extends FieldValues, TSchema extends z.ZodType>({
  schema,
  defaultValues,
  toInput,
  messages,
}: SchemaFormOptions<TValues, TSchema>): SchemaForm<TValues, z.input<TSchema>> {
  const [failures, setFailures] = useState(0);
  const form = useForm<TValues, unknown, z.input<TSchema>>({
    defaultValues,
    resolver: schemaResolver(schema, toInput, messages as Partial<Record<string, FieldMessages>>),
    // The summary takes the focus on a failed submit and says what to fix.
    shouldFocusError: false,
  });
  const failed = () => setFailures((n) => n + 1);
  const showServerError = (error: unknown) => {
    applyServerErrors(form.setError, error);
    failed();
  };
  return {
    ...form,
    failures,
    showServerError,
    field: (name) => ({
      ...form.register(name),
      error: get<FieldErrors<TValues>, FieldError | undefined>(form.formState.errors, name)?.message,
    }),
    onSubmit: (send) =>
      form.handleSubmit(async (input) => {
        try {
          await send(input);
        } catch (error) {
          showServerError(error);
        }
      }, failed),
  };
}
