import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
// The audit path only (no services code): the property namespace runs this file too.
import { recordAccessDenied } from '@hearth/db/audit';
import { forbidden, isDomainError, unauthorized, type DomainErrorCode } from '@hearth/domain/errors';
import { STAFF_ROLES, type TStaffRole } from '@hearth/domain/identity';
import { actorOf } from './actor';
import type { Context, SessionUser } from './context';

export interface FieldError {
  /** Dotted path of the input field, e.g. `email` or `stays.2.end`. */
  field: string;
  message: string;
}

function zodFieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

/** The one place where the domain's error vocabulary becomes tRPC's (and so HTTP's) codes. */
const DOMAIN_TO_TRPC: Record<DomainErrorCode, TRPCError['code']> = {
  INVALID_INPUT: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHORIZED: 'UNAUTHORIZED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
};

const t = initTRPC.context<Context>().create({
  // Plain JSON on the wire: dates travel as yyyy-mm-dd strings, so no transformer.
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let fieldErrors: FieldError[] | null = null;
    let message = shape.message;
    if (cause instanceof ZodError) {
      fieldErrors = zodFieldErrors(cause);
      message = fieldErrors[0]?.message ?? 'Check the form and try again.';
    } else if (isDomainError(cause) && cause.field) {
      fieldErrors = [{ field: cause.field, message: cause.message }];
    }
    // Never leak internals: unexpected errors (a database failure too) get a generic message, no stack.
    if (error.code === 'INTERNAL_SERVER_ERROR') message = 'Something went wrong on our side.';
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message, data: { ...data, fieldErrors } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** A refusal worth a trace: out of scope or absent (the same answer), or not the caller's to call. */
const DENIALS: readonly DomainErrorCode[] = ['NOT_FOUND', 'FORBIDDEN'];

/**
 * Domain errors carry a stable code; map it to tRPC's here, once. A signed-in caller refused a
 * record or a procedure leaves an `access.denied` event (the procedure and the ids it asked for).
 */
const domainErrors = t.middleware(async ({ ctx, path, getRawInput, next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) {
    const cause = result.error.cause;
    if (ctx.user && DENIALS.includes(cause.code)) {
      const input = await getRawInput().catch(() => undefined);
      await recordAccessDenied(ctx.db, actorOf(ctx), { path, code: cause.code, input });
    }
    throw new TRPCError({ code: DOMAIN_TO_TRPC[cause.code], message: cause.message, cause });
  }
  return result;
});

/**
 * Whether an HTTP request comes from one of Hearth's own pages: its Origin is one the server is
 * configured with, or, with no Origin at all, the browser says it is same-origin. A request with
 * neither (a script, a form from elsewhere with the header stripped) is not.
 */
export function isSameSiteRequest(request: {
  origin: string | null;
  secFetchSite: string | null;
  allowedOrigins: readonly string[];
}): boolean {
  if (request.origin !== null) return request.allowedOrigins.includes(request.origin);
  return request.secFetchSite === 'same-origin';
}

/** Mutations not from Hearth's own pages are refused (CSRF defence beside the SameSite cookie). */
const sameOrigin = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation' && ctx.allowedOrigins !== null) {
    const { origin, secFetchSite, allowedOrigins } = ctx;
    if (!isSameSiteRequest({ origin, secFetchSite, allowedOrigins })) {
      forbidden(
        origin
          ? 'Refused: this change came from another site. Open Hearth at its own address and try again.'
          : 'Refused: this change did not come from a Hearth page. Open Hearth in your browser and try again.',
      );
    }
  }
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(sameOrigin);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    unauthorized('Sign in to continue.');
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

function isStaff(user: SessionUser): user is SessionUser & { role: TStaffRole } {
  return (STAFF_ROLES as readonly string[]).includes(user.role);
}

/** Root of `staff.*`: case managers, supervisors and program admins. */
export const staffProcedure = authedProcedure.use(({ ctx, next }) => {
  const user = ctx.user;
  if (!isStaff(user)) {
    forbidden('This is for program staff only.');
  }
  return next({ ctx: { ...ctx, user } });
});

/** Root of `tenant.*`: a tenant account linked to its own person record. */
export const tenantProcedure = authedProcedure.use(({ ctx, next }) => {
  const { user } = ctx;
  if (user.role !== 'tenant' || !user.personId) {
    forbidden('This is for tenants only.');
  }
  return next({ ctx: { ...ctx, user: { ...user, role: 'tenant' as const, personId: user.personId } } });
});

/** Root of `property.*`: property managers, who never see services data. */
export const propertyProcedure = authedProcedure.use(({ ctx, next }) => {
  const { user } = ctx;
  if (user.role !== 'property_manager') {
    forbidden('This is for property managers only.');
  }
  return next({ ctx: { ...ctx, user: { ...user, role: 'property_manager' as const } } });
});

/** Program admins only, inside `staff.*` (e.g. editing the program's service hubs). */
export const adminProcedure = staffProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'program_admin') {
    forbidden('Only a program admin can change this.');
  }
  return next({ ctx: { ...ctx, user: { ...ctx.user, role: 'program_admin' as const } } });
});
