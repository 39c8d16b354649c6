import { useEffect, useState, type ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { FormattedMessage } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { StatusMessage } from '../components/StatusMessage';
import { useSession } from './session';

/**
 * Signed out, or not allowed: a class of answers, not a page's load failure. Any operation answered with a
 * top-level UNAUTHENTICATED (after the refresh link gave up) or FORBIDDEN reports it here, and the AccessGate
 * around the page asks the person to sign in or tells them whose page it is, instead of "couldn't load" + Retry.
 */
export type AccessProblem = 'UNAUTHENTICATED' | 'FORBIDDEN';

const listeners = new Set<(problem: AccessProblem) => void>();

export const accessErrorLink = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const codes = error.errors.map((e) => e.extensions?.code);
  const problem = codes.includes('UNAUTHENTICATED') ? 'UNAUTHENTICATED' : codes.includes('FORBIDDEN') ? 'FORBIDDEN' : null;
  if (problem) listeners.forEach((l) => l(problem));
});

/** Who a page is for: anyone signed in, a salon's staff (receptionists and managers included), salon managers, platform administrators. */
export type Audience = 'signedIn' | 'staff' | 'managers' | 'admins';

const ROLES: Record<Audience, string[] | null> = { signedIn: null, staff: ['STAFF', 'MANAGER'], managers: ['MANAGER'], admins: [] };

/** A relative path to come back to after signing in; anything else (another site) goes home. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function loginPath(back: string): string {
  return `/login?next=${encodeURIComponent(back)}`;
}

/** Shows the page to its audience; asks anyone else to sign in (and brings them back) or says whose page it is. */
export function AccessGate({ audience, children }: { audience: Audience; children: ReactNode }) {
  const { signedIn, me } = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const [reported, setReported] = useState<{ problem: AccessProblem; at: string } | null>(null);
  useEffect(() => {
    const listener = (problem: AccessProblem) => setReported({ problem, at: here });
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [here]);
  // A report belongs to the page it was made on, and to the person who was signed in then.
  useEffect(() => setReported(null), [signedIn, me?.id]);
  const problem = reported?.at === here ? reported.problem : null;
  const roles = ROLES[audience];

  if (!signedIn || problem === 'UNAUTHENTICATED') {
    return (
      <div className="status status-empty" role="status">
        <p>
          <FormattedMessage id={`access.signIn.${audience}`} />
        </p>
        <Link to={loginPath(here)} className="button">
          <FormattedMessage id="access.signInButton" />
        </Link>
      </div>
    );
  }
  if (roles && !me) return <StatusMessage kind="loading" messageId="common.loading" />;
  const allowed = audience === 'admins' ? Boolean(me?.isPlatformAdmin) : !roles || !me || roles.includes(me.role);
  if (!allowed || problem === 'FORBIDDEN') {
    return (
      <div className="status status-empty" role="status">
        <p>
          <FormattedMessage id={`access.forbidden.${audience}`} />
        </p>
        <Link to="/" className="button secondary">
          <FormattedMessage id="access.home" />
        </Link>
      </div>
    );
  }
  return <>{children}</>;
}
