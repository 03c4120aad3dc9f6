import { createContext, useContext, type ReactNode } from 'react';
import type { RouterOutputs } from './trpc';

export type CurrentUser = NonNullable<RouterOutputs['auth']['me']>;

const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user of a portal page, from `auth.me` (the shell provides it). */
export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is used outside a signed-in portal page');
  return user;
}

/**
 * The program's today (yyyy-mm-dd) from the server's one clock, via `auth.me`: every date
 * default and every "is it past" check of the portals uses it, never the browser's clock.
 */
export function useToday(): string {
  return useCurrentUser().today;
}

/** The program's time zone, for showing the moments the server recorded. */
export function useTimeZone(): string {
  return useCurrentUser().timeZone;
}
