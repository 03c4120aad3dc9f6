export { ActionError, ErrorSummary } from './error-summary';
export { applyServerErrors, flattenErrors, sentence, SERVER_ERROR, type ErrorEntry } from './errors';
export { Form, type FormProps } from './form';
export {
  useSchemaForm,
  type FieldMessages,
  type FieldProps,
  type SchemaForm,
  type SchemaFormOptions,
} from './use-schema-form';
export * from './values';
