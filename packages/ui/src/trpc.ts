import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@hearth/api';

export type { AppRouter, RouterInputs, RouterOutputs } from '@hearth/api';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

function isClientError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a 4xx never helps: sign-in, permission and not-found answers are final.
        retry: (count, error) => {
          const status = isClientError(error) ? error.data?.httpStatus : undefined;
          return (status === undefined || status >= 500) && count < 2;
        },
      },
    },
  });
}

/** The server refuses a batch of more calls than this (apps/server MAX_BATCH_SIZE). */
const MAX_BATCH_ITEMS = 10;

export function createTrpcClient() {
  const fetchSameOrigin: typeof fetch = (url, init) => fetch(url, { ...init, credentials: 'same-origin' });
  return createTRPCClient<AppRouter>({
    links: [
      // Sign-in is never batched: the server refuses a login that shares its request.
      splitLink({
        condition: (op) => op.path === 'auth.login',
        true: httpLink({ url: '/trpc', fetch: fetchSameOrigin }),
        false: httpBatchLink({ url: '/trpc', maxItems: MAX_BATCH_ITEMS, fetch: fetchSameOrigin }),
      }),
    ],
  });
}

export interface FieldError {
  field: string;
  message: string;
}

/** A message a person can read, and the fields it names, from any error the API returns. */
export function describeError(error: unknown): {
  message: string;
  fieldErrors: FieldError[];
  status?: number;
} {
  if (isClientError(error)) {
    const data = error.data as { fieldErrors?: FieldError[] | null; httpStatus?: number } | undefined;
    return {
      message: error.message,
      fieldErrors: data?.fieldErrors ?? [],
      ...(data?.httpStatus ? { status: data.httpStatus } : {}),
    };
  }
  if (error instanceof Error && /fetch/i.test(error.message)) {
    return { message: 'Hearth could not be reached. Check your connection and try again.', fieldErrors: [] };
  }
  return { message: 'Something went wrong. Try again.', fieldErrors: [] };
}
