import { describeApiError } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { signInPathFor } from './redirect-path';
import { useViewer } from './viewer';

/** Renders `children` for a signed-in user; sends anonymous visitors to sign in, then back here. */
export function RequireViewer({ children }: { children: ReactNode }) {
  const { viewer, loading, error } = useViewer();
  const { pathname, search } = useLocation();

  if (loading) {
    return (
      <div className="fr-container fr-my-6w" aria-busy="true">
        <p role="status">Chargement…</p>
      </div>
    );
  }
  if (viewer === null && error !== undefined) {
    return (
      <div className="fr-container fr-my-6w">
        <PageTitle documentTitle="Mon compte" />
        <ErrorAlert title="Impossible de vérifier votre session" message={describeApiError(error).message} />
      </div>
    );
  }
  if (viewer === null) {
    return <Navigate to={signInPathFor(pathname + search)} replace />;
  }
  return children;
}
