import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useParams } from 'react-router';
import { formatLongDate } from '../lib/format-date';
import { mandateLabel } from '../lib/territory-format';
import { useViewer } from '../session/viewer';
import { NotFoundPage } from './not-found-page';

export const MemberProfileQuery = graphql(`
  query MemberProfile($handle: String!) {
    user(handle: $handle) {
      id
      handle
      displayName
      bio
      deleted
      createdAt
      mandates {
        id
        role
        verified
        territory {
          id
          code
          name
          kind
          population
        }
      }
    }
  }
`);

export function MemberProfilePage() {
  const { handle = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(MemberProfileQuery, { variables: { handle } });
  const user = data?.user;

  if (!loading && error === undefined && user === null) {
    return <NotFoundPage />;
  }

  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          {/* One h1 in every state, so focus after navigation has a heading to land on. */}
          <PageTitle documentTitle={user == null ? 'Profil de membre' : user.displayName}>
            {user == null ? 'Profil de membre' : user.displayName}
          </PageTitle>
          {loading && user === undefined && (
            <div aria-busy="true">
              <p role="status">Chargement du profil…</p>
            </div>
          )}
          {error !== undefined && (
            <ErrorAlert title="Impossible d'afficher ce profil" message={describeApiError(error).message} />
          )}
          {user?.deleted === true && (
            <p>
              Ce membre a supprimé son compte. Ses contributions restent visibles, attribuées à « Compte
              supprimé ».
            </p>
          )}
          {user != null && !user.deleted && (
            <>
              <p className="fr-text--sm fr-mb-4w">
                @{user.handle} · Membre depuis le{' '}
                <time dateTime={user.createdAt}>{formatLongDate(user.createdAt)}</time>
              </p>
              {viewer?.id === user.id && (
                <Button
                  priority="secondary"
                  size="small"
                  className="fr-mb-4w"
                  linkProps={{ to: '/mon-compte/profil' }}
                >
                  Modifier mon profil
                </Button>
              )}
              {user.bio.trim() !== '' && (
                <section aria-labelledby="profil-presentation" className="fr-mb-4w">
                  <h2 id="profil-presentation">Présentation</h2>
                  {/* Plain text: pre-line keeps the author's line breaks without any HTML. */}
                  <p style={{ whiteSpace: 'pre-line' }}>{user.bio}</p>
                </section>
              )}
              <section aria-labelledby="profil-mandats">
                <h2 id="profil-mandats">Mandats</h2>
                {user.mandates.length === 0 ? (
                  <p>Aucun mandat renseigné.</p>
                ) : (
                  <ul>
                    {user.mandates.map((mandate) => (
                      <li key={mandate.id}>
                        {mandateLabel(mandate.role, mandate.territory)}
                        {mandate.verified && (
                          <>
                            {' '}
                            <Badge as="span" severity="success" small>
                              Mandat vérifié
                            </Badge>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
