import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { onSessionChange, readSession, saveSession } from '../auth';

export const MeQuery = graphql(`
  query Me {
    me { id firstName lastName role phoneNumber email preferredLanguage }
  }
`);

interface SessionState {
  signedIn: boolean;
  me: { id: string; firstName: string; lastName: string; role: string; phoneNumber: string; email?: string | null; preferredLanguage: string } | null;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState>({ signedIn: false, me: null, signOut: async () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [signedIn, setSignedIn] = useState(() => Boolean(readSession()));
  useEffect(() => onSessionChange((s) => setSignedIn(Boolean(s))), []);
  const { data } = useQuery(MeQuery, { skip: !signedIn });
  const signOut = async () => {
    await client.mutate({ mutation: SignOutMutation, variables: {} }).catch(() => undefined);
    saveSession(null);
    // Nothing of the previous person may stay on screen.
    await client.clearStore();
  };
  return <SessionContext.Provider value={{ signedIn, me: signedIn ? (data?.me ?? null) : null, signOut }}>{children}</SessionContext.Provider>;
}

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut(input: {}) { signedOut }
  }
`);

export function useSession(): SessionState {
  return useContext(SessionContext);
}
