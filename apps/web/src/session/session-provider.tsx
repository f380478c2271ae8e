import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@pairs/web-graphql';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { noticeState } from './flash-notice';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export interface SessionActions {
  /** Signs out on the server, then leaves as `endSession` does. */
  signOut: () => Promise<void>;
  /**
   * The session is over (signed out, account deleted): go home with `notice`, then forget
   * every cached answer, which were the previous user's.
   */
  endSession: (notice: string) => void;
}

const SessionContext = createContext<SessionActions | null>(null);

export const SIGNED_OUT_NOTICE = 'Vous êtes déconnecté·e.';

/**
 * Ends sessions in the right order. The store is reset only once the home page is displayed:
 * reset earlier, the account page being left would see an anonymous viewer and send the
 * visitor to the sign-in page instead.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { key: locationKey } = useLocation();
  const resetPending = useRef(false);
  const [logout] = useMutation(LogoutMutation);

  useEffect(() => {
    if (!resetPending.current) {
      return;
    }
    resetPending.current = false;
    // A failed refetch (server unreachable) is shown by the queries themselves.
    client.resetStore().catch(() => undefined);
  }, [locationKey, client]);

  const endSession = useCallback(
    (notice: string) => {
      resetPending.current = true;
      void navigate('/', { state: noticeState(notice) });
    },
    [navigate],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // Already expired or revoked elsewhere: the visitor is signed out either way.
    }
    endSession(SIGNED_OUT_NOTICE);
  }, [logout, endSession]);

  const actions = useMemo(() => ({ signOut, endSession }), [signOut, endSession]);
  return <SessionContext.Provider value={actions}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionActions {
  const actions = useContext(SessionContext);
  if (actions === null) {
    throw new Error('useSession() must be used inside <SessionProvider>');
  }
  return actions;
}
