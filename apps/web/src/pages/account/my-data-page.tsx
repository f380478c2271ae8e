import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { downloadJsonFile } from '../../lib/download-file';
import { formErrorsFrom, formText, type FormErrors } from '../../lib/form-errors';
import { useSession } from '../../session/session-provider';
import { PasswordField } from '../auth/password-field';

export const ExportMyDataQuery = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input)
  }
`);

export const EXPORT_FILE_NAME = 'pairs-mes-donnees.json';
export const ACCOUNT_DELETED_NOTICE =
  'Votre compte a été supprimé. Vos contributions restent visibles sous le nom « Compte supprimé ».';

export function MyDataPage() {
  return (
    <>
      <PageTitle documentTitle="Mes données" />
      <p>
        Conformément au RGPD, vous pouvez obtenir une copie des données personnelles que Pairs détient sur
        vous, et supprimer votre compte.
      </p>
      <ExportSection />
      <DeleteAccountSection />
    </>
  );
}

function ExportSection() {
  const client = useApolloClient();
  const [state, setState] = useState<
    { status: 'idle' | 'loading' | 'done' } | { status: 'error'; message: string }
  >({ status: 'idle' });

  const download = async () => {
    setState({ status: 'loading' });
    try {
      // Never cached: the file must hold the data as it is now, and not linger in memory.
      const { data } = await client.query({ query: ExportMyDataQuery, fetchPolicy: 'no-cache' });
      downloadJsonFile(EXPORT_FILE_NAME, data?.exportMyData ?? {});
      setState({ status: 'done' });
    } catch (error) {
      setState({ status: 'error', message: describeApiError(error).message });
    }
  };

  return (
    <section aria-labelledby="donnees-export" className="fr-mb-6w">
      <h2 id="donnees-export">Télécharger mes données</h2>
      <p>
        Un fichier JSON avec votre compte, vos mandats et vos sessions. Il contient votre adresse e-mail :
        conservez-le en lieu sûr.
      </p>
      <Button
        type="button"
        iconId="fr-icon-download-line"
        iconPosition="left"
        disabled={state.status === 'loading'}
        onClick={() => void download()}
      >
        Télécharger mes données
      </Button>
      {state.status === 'done' && (
        <Alert
          severity="success"
          small
          role="status"
          className="fr-mt-2w"
          description={`Le fichier ${EXPORT_FILE_NAME} a été téléchargé.`}
        />
      )}
      {state.status === 'error' && (
        <ErrorAlert title="Le téléchargement a échoué" message={state.message} as="h3" className="fr-mt-2w" />
      )}
    </section>
  );
}

function DeleteAccountSection() {
  const { endSession } = useSession();
  const [deleteMyAccount, { loading }] = useMutation(DeleteMyAccountMutation);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const confirmationHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    // Opening the confirmation moves focus into it; cancelling brings it back to the button.
    if (confirming) {
      confirmationHeading.current?.focus();
    } else if (wasConfirming.current) {
      openButton.current?.focus();
    }
    wasConfirming.current = confirming;
  }, [confirming]);

  const submit = async (form: FormData) => {
    setErrors(null);
    try {
      await deleteMyAccount({ variables: { input: { password: formText(form, 'password') } } });
      endSession(ACCOUNT_DELETED_NOTICE);
    } catch (error) {
      setErrors(formErrorsFrom(error));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(new FormData(event.currentTarget));
  };

  return (
    <section aria-labelledby="donnees-suppression">
      <h2 id="donnees-suppression">Supprimer mon compte</h2>
      <p>
        La suppression est définitive : votre adresse e-mail, votre nom, votre présentation, vos mandats et
        vos sessions sont effacés. Vos contributions (retours d'expérience, réponses) restent en ligne pour ne
        pas priver vos pairs des échanges, mais elles seront attribuées à « Compte supprimé ».
      </p>
      {!confirming ? (
        <Button ref={openButton} type="button" priority="secondary" onClick={() => setConfirming(true)}>
          Supprimer mon compte
        </Button>
      ) : (
        <div className="fr-p-3w fr-background-alt--grey">
          <h3 ref={confirmationHeading} tabIndex={-1}>
            Confirmer la suppression
          </h3>
          {errors !== null && (
            <ErrorAlert
              title="Le compte n'a pas été supprimé"
              message={errors.message}
              as="h4"
              className="fr-mb-3w"
            />
          )}
          <form onSubmit={onSubmit} noValidate>
            <PasswordField
              label="Votre mot de passe"
              hintText="Pour confirmer que c'est bien vous"
              name="password"
              autoComplete="current-password"
              error={errors?.fields['password']}
            />
            <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
              <li>
                <Button type="submit" disabled={loading}>
                  Supprimer définitivement mon compte
                </Button>
              </li>
              <li>
                <Button
                  type="button"
                  priority="secondary"
                  onClick={() => {
                    setErrors(null);
                    setConfirming(false);
                  }}
                >
                  Annuler
                </Button>
              </li>
            </ul>
          </form>
        </div>
      )}
    </section>
  );
}
