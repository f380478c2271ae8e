import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useState } from 'react';
import { formatDateTime } from '../../lib/format-date';
import { describeUserAgent } from '../../lib/user-agent';
import { useSession } from '../../session/session-provider';

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      current
      ip
      userAgent
      createdAt
      lastSeenAt
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input)
  }
`);

export function SessionsPage() {
  const { signOut } = useSession();
  const { data, loading, error } = useQuery(MySessionsQuery);
  const [revokeSession, { loading: revoking }] = useMutation(RevokeSessionMutation, {
    refetchQueries: [MySessionsQuery],
    awaitRefetchQueries: true,
  });
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const revoke = async (id: string, device: string) => {
    setOutcome(null);
    try {
      await revokeSession({ variables: { input: { id } } });
      setOutcome({ ok: true, message: `La session « ${device} » a été fermée.` });
    } catch (revokeError) {
      setOutcome({ ok: false, message: describeApiError(revokeError).message });
    }
  };

  const sessions = data?.mySessions;

  return (
    <>
      <PageTitle documentTitle="Mes sessions">Sessions</PageTitle>
      <p>
        Les appareils et navigateurs connectés à votre compte. Si vous n'en reconnaissez pas un, révoquez-le
        puis changez votre mot de passe.
      </p>
      {outcome !== null &&
        (outcome.ok ? (
          <Alert severity="success" small role="status" className="fr-mb-4w" description={outcome.message} />
        ) : (
          <ErrorAlert title="La session n'a pas été fermée" message={outcome.message} className="fr-mb-4w" />
        ))}
      {loading && sessions === undefined && (
        <div aria-busy="true">
          <p role="status">Chargement des sessions…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert title="Impossible d'afficher vos sessions" message={describeApiError(error).message} />
      )}
      {sessions !== undefined && (
        <ul className="fr-raw-list">
          {sessions.map((session) => {
            const device = describeUserAgent(session.userAgent);
            return (
              <li key={session.id} className="fr-mb-3w">
                <div className="fr-card fr-card--no-arrow fr-card--sm">
                  <div className="fr-card__body">
                    <div className="fr-card__content">
                      <h2 className="fr-card__title">{device}</h2>
                      <p className="fr-card__desc">
                        Adresse IP : {session.ip === '' ? 'inconnue' : session.ip}
                        <br />
                        Dernière activité :{' '}
                        <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt)}</time>
                        <br />
                        Connexion :{' '}
                        <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
                      </p>
                      {session.current && (
                        <div className="fr-card__start">
                          <Badge as="p" severity="info" small>
                            Cette session
                          </Badge>
                        </div>
                      )}
                    </div>
                    <div className="fr-card__footer">
                      {session.current ? (
                        <Button type="button" priority="secondary" onClick={() => void signOut()}>
                          Se déconnecter
                        </Button>
                      ) : (
                        <Button
                          type="button"
                          priority="secondary"
                          disabled={revoking}
                          onClick={() => void revoke(session.id, device)}
                        >
                          Révoquer
                          <span className="fr-sr-only">
                            {' '}
                            la session {device} active le {formatDateTime(session.lastSeenAt)}
                          </span>
                        </Button>
                      )}
                    </div>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
