import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { ROLE_LABELS, type TPortal, type TRole } from '@hearth/domain/identity';
import { SignInPage } from './sign-in';
import { CurrentUserProvider, type CurrentUser } from './current-user';
import { describeError, useTRPC } from './trpc';
import { ErrorState, Loading } from './states';

const PORTAL_NAMES: Record<TPortal, string> = {
  staff: 'staff portal',
  tenant: 'tenant portal',
  property: 'property portal',
};

export interface PortalConfig {
  portal: TPortal;
  title: string;
  signInIntro: string;
  /** Menu entries; `roles` limits an entry to the roles that can use its page. */
  nav: readonly { to: string; label: string; end?: boolean; roles?: readonly TRole[] }[];
}

function SignOutButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      // Drop every cached record and re-ask who is signed in: the sign-in page replaces the app.
      onSettled: () => queryClient.resetQueries(),
    }),
  );
  return (
    <button
      type="button"
      className="button secondary"
      onClick={() => logout.mutate()}
      disabled={logout.isPending}
    >
      Sign out
    </button>
  );
}

function WrongPortal({ user, config }: { user: CurrentUser; config: PortalConfig }) {
  useEffect(() => {
    document.title = `Wrong portal — ${config.title} — Hearth`;
  }, [config.title]);
  return (
    <main id="main" className="sign-in">
      <div className="card sign-in-card">
        <h1>This is the {PORTAL_NAMES[config.portal]}</h1>
        <p>
          You are signed in as {user.displayName}, with a {ROLE_LABELS[user.role].toLowerCase()} account. That
          account works in the {PORTAL_NAMES[user.portal]}, not here.
        </p>
        <p className="actions">
          <a className="button primary" href={`/${user.portal}/`}>
            Go to the {PORTAL_NAMES[user.portal]}
          </a>
          <SignOutButton />
        </p>
      </div>
    </main>
  );
}

/** Signs the person in, sends them to the right portal, and frames every page with the shell. */
export function PortalShell({
  config,
  children,
}: {
  config: PortalConfig;
  children: (user: CurrentUser) => ReactNode;
}) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return <Loading label="Loading Hearth" fullPage />;
  if (me.isError) {
    return (
      <main id="main" className="sign-in">
        <ErrorState error={me.error} />
      </main>
    );
  }
  const user = me.data;
  if (!user) return <SignInPage portalTitle={config.title} intro={config.signInIntro} />;
  if (user.portal !== config.portal) return <WrongPortal user={user} config={config} />;
  return (
    <CurrentUserProvider user={user}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <p className="brand">
            Hearth <span className="brand-portal">{config.title}</span>
          </p>
          <nav aria-label="Main">
            <ul>
              {config.nav
                .filter((item) => !item.roles || item.roles.includes(user.role))
                .map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end ?? false}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="whoami">
            <span>
              <span className="whoami-name">{user.displayName}</span>
              <span className="whoami-role">{ROLE_LABELS[user.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children(user)}
      </main>
    </CurrentUserProvider>
  );
}

/** Sets the document title the way screen-reader users hear a page change. */
export function usePageTitle(title: string, portalTitle: string) {
  useEffect(() => {
    document.title = `${title} — ${portalTitle} — Hearth`;
  }, [title, portalTitle]);
}

export { describeError };
