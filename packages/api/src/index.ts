export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from './root';
export {
  createInnerContext,
  DEFAULT_AUTH_SETTINGS,
  type AuthSettings,
  type Context,
  type SessionCookieJar,
  type SessionUser,
} from './context';
export { resolveSession, SESSION_COOKIE } from './auth/sessions';
export { hashPassword } from './auth/passwords';
export type { FieldError } from './trpc';
