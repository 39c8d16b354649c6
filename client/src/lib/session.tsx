import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useLocale } from '../i18n/locale';
import { graphql } from '../gql';
import { onSessionChange, readSession, saveSession } from '../auth';

export const MeQuery = graphql(`
  query Me {
    me { id firstName lastName displayName needsName role phoneNumber email preferredLanguage isPlatformAdmin }
  }
`);

interface SessionState {
  signedIn: boolean;
  me: { id: string; firstName: string; lastName: string; displayName: string; needsName: boolean; role: string; phoneNumber: string; email?: string | null; preferredLanguage: string; isPlatformAdmin: boolean } | null;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState>({ signedIn: false, me: null, signOut: async () => {} });

/**
 * `hydrating`: the first render must match the server's signed-out HTML, whatever the storage says by the time it
 * runs (another tab may sign in meanwhile); the stored session is read again once the page is the app's.
 */
export function SessionProvider({ children, hydrating = false }: { children: ReactNode; hydrating?: boolean }) {
  const client = useApolloClient();
  const [signedIn, setSignedIn] = useState(() => !hydrating && Boolean(readSession()));
  useEffect(() => {
    setSignedIn(Boolean(readSession()));
    return onSessionChange((s) => setSignedIn(Boolean(s)));
  }, []);
  const { data } = useQuery(MeQuery, { skip: !signedIn });
  // While the store is reset and Me is read again (a language change), the person is still the one we knew: pages
  // and the name step stay mounted instead of flickering out and losing what was typed.
  const [known, setKnown] = useState<SessionState['me']>(null);
  useEffect(() => {
    if (!signedIn) setKnown(null);
    else if (data?.me) setKnown(data.me);
  }, [signedIn, data]);
  const { locale } = useLocale();
  const [saveLanguage] = useMutation(SaveLanguageMutation);
  const wanted = locale === 'en' ? 'EN' : 'AR';
  const saved = data?.me?.preferredLanguage;
  // The language the person chose on screen is the one their account keeps (messages and SMS follow it).
  useEffect(() => {
    if (!signedIn || !saved || saved === wanted) return;
    // resetStore() aborts the queries in flight (those just started by the page signed in to); that rejection is
    // expected and must not surface as an uncaught page error.
    void saveLanguage({ variables: { input: { preferredLanguage: wanted } } })
      .then(() => client.resetStore())
      .catch(() => undefined);
  }, [signedIn, saved, wanted, saveLanguage, client]);
  const signOut = async () => {
    await client.mutate({ mutation: SignOutMutation, variables: {} }).catch(() => undefined);
    saveSession(null);
    // Nothing of the previous person may stay on screen.
    await client.clearStore();
  };
  return <SessionContext.Provider value={{ signedIn, me: signedIn ? (data?.me ?? known) : null, signOut }}>{children}</SessionContext.Provider>;
}

const SaveLanguageMutation = graphql(`
  mutation SaveLanguage($input: UpdateProfileInput!) {
    updateProfile(input: $input) { user { id preferredLanguage } errors { message } }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut(input: {}) { signedOut }
  }
`);

export function useSession(): SessionState {
  return useContext(SessionContext);
}
