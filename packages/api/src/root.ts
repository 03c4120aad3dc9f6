import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { authRouter } from './routers/auth';
import { propertyRouter } from './routers/property/index';
import { staffRouter } from './routers/staff/index';
import { tenantRouter } from './routers/tenant/index';
import { createCallerFactory, router } from './trpc';

/** One namespace per audience; each guards itself at its root with its role procedure. */
export const appRouter = router({
  auth: authRouter,
  staff: staffRouter,
  tenant: tenantRouter,
  property: propertyRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
