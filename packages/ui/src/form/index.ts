export { ActionError, ErrorSummary } from './error-summary';
export {
  applyServerErrors,
  flattenErrors,
  sentence,
  SERVER_ERROR,
  serverErrorType,
  type ErrorEntry,
} from './errors';
export { Form, type FormProps } from './form';
export {
  useSchemaForm,
  type FieldMessageMap,
  type FieldMessages,
  type FieldProps,
  type Loose,
  type SchemaForm,
  type SchemaFormOptions,
} from './use-schema-form';
export * from './values';
export type { FieldErrors } from 'react-hook-form';
