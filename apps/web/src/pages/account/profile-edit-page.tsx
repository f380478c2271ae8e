import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { describeApiError, graphql, type DocumentType, type MandateRole } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { clientFormErrors, formErrorsFrom, inputState, type FormErrors } from '../../lib/form-errors';
import { isMandateRole, MANDATE_ROLES, mandateRoleLabel } from '../../lib/mandate-roles';
import { profilePath } from '../../session/viewer';
import { TerritoryField, type TerritoryChoice } from './territory-field';

export const AccountProfileQuery = graphql(`
  query AccountProfile {
    me {
      id
      handle
      displayName
      bio
      mandates {
        id
        role
        verified
        territory {
          id
          code
          inseeCode
          name
          kind
          population
        }
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      handle
      displayName
      bio
      mandates {
        id
        role
        verified
        territory {
          id
          code
          inseeCode
          name
          kind
          population
        }
      }
    }
  }
`);

type Profile = NonNullable<DocumentType<typeof AccountProfileQuery>['me']>;

/** Same limits as the API (UpdateProfileInput). */
export const BIO_MAX_LENGTH = 2000;
const MAX_MANDATES = 10;

interface MandateRow {
  /** React key; the mandate id for saved rows. */
  key: string;
  role: MandateRole | '';
  territory: TerritoryChoice | null;
  /** Text of the territory field. */
  text: string;
  /** The mandate as last saved, for rows that exist on the server. */
  saved: { role: MandateRole; territoryCode: string; verified: boolean } | null;
}

function rowsOf(profile: Profile): MandateRow[] {
  return profile.mandates.map(({ id, role, verified, territory }) => ({
    key: id,
    role,
    territory,
    text: territory.name,
    saved: { role, territoryCode: territory.code, verified },
  }));
}

/** A verified mandate stays verified while its role and territory are unchanged (as the API does). */
function isVerified({ saved, role, territory }: MandateRow): boolean {
  return saved !== null && saved.verified && saved.role === role && saved.territoryCode === territory?.code;
}

const COUNT = new Intl.NumberFormat('fr-FR');

export function ProfileEditPage() {
  const { data, loading, error } = useQuery(AccountProfileQuery);
  const profile = data?.me;

  return (
    <>
      <PageTitle documentTitle="Modifier mon profil" />
      {loading && profile === undefined && (
        <div aria-busy="true">
          <p role="status">Chargement du profil…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert title="Impossible d'afficher votre profil" message={describeApiError(error).message} />
      )}
      {profile != null && <ProfileForm key={profile.id} profile={profile} />}
    </>
  );
}

function ProfileForm({ profile }: { profile: Profile }) {
  const formId = useId();
  const [displayName, setDisplayName] = useState(profile.displayName);
  const [bio, setBio] = useState(profile.bio);
  const [rows, setRows] = useState<MandateRow[]>(() => rowsOf(profile));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const [updateProfile, { loading }] = useMutation(UpdateProfileMutation);
  const nextRowNumber = useRef(0);
  const focusAfterRender = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // After adding or removing a row, put the keyboard where the user expects it.
    if (focusAfterRender.current === null) {
      return;
    }
    const target =
      focusAfterRender.current === 'add-button'
        ? addButton.current
        : document.getElementById(focusAfterRender.current);
    focusAfterRender.current = null;
    target?.focus();
  });

  const roleId = (row: MandateRow) => `${formId}-${row.key}-role`;

  const updateRow = (key: string, change: Partial<MandateRow>) => {
    setSaved(false);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  };

  const addRow = () => {
    nextRowNumber.current += 1;
    const row: MandateRow = {
      key: `new-${nextRowNumber.current}`,
      role: '',
      territory: null,
      text: '',
      saved: null,
    };
    focusAfterRender.current = roleId(row);
    setSaved(false);
    setRows((current) => [...current, row]);
  };

  const removeRow = (key: string) => {
    focusAfterRender.current = 'add-button';
    setSaved(false);
    setErrors(null);
    setRows((current) => current.filter((row) => row.key !== key));
  };

  const submit = async () => {
    setErrors(null);
    setSaved(false);
    const missing: Record<string, string> = {};
    rows.forEach((row, index) => {
      if (row.role === '') {
        missing[`mandates.${index}.role`] = 'Choisissez une fonction dans la liste.';
      }
      if (row.territory === null) {
        missing[`mandates.${index}.territoryCode`] = 'Choisissez un territoire dans la liste proposée.';
      }
    });
    if (Object.keys(missing).length > 0) {
      setErrors(clientFormErrors(missing));
      return;
    }
    try {
      const result = await updateProfile({
        variables: {
          input: {
            displayName,
            bio,
            mandates: rows.flatMap((row) =>
              row.role !== '' && row.territory !== null
                ? [{ role: row.role, territoryCode: row.territory.code }]
                : [],
            ),
          },
        },
      });
      const updated = result.data?.updateProfile;
      if (updated != null) {
        setDisplayName(updated.displayName);
        setBio(updated.bio);
        setRows(rowsOf(updated));
      }
      setSaved(true);
    } catch (error) {
      setErrors(formErrorsFrom(error));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit();
  };

  const bioCounterId = `${formId}-bio-counter`;

  return (
    <>
      {saved && (
        <Alert
          severity="success"
          small
          role="status"
          className="fr-mb-4w"
          description={
            <>
              Votre profil a été enregistré.{' '}
              <Link to={profilePath(profile.handle)}>Voir mon profil public</Link>
            </>
          }
        />
      )}
      {errors !== null && (
        <ErrorAlert title="Le profil n'a pas été enregistré" message={errors.message} className="fr-mb-4w" />
      )}
      <form onSubmit={onSubmit} noValidate>
        <Input
          label="Nom affiché"
          hintText="Votre prénom et votre nom, tels que les autres membres les voient"
          nativeInputProps={{
            name: 'displayName',
            autoComplete: 'name',
            required: true,
            maxLength: 80,
            value: displayName,
            onChange: (event) => {
              setSaved(false);
              setDisplayName(event.target.value);
            },
            'aria-invalid': errors?.fields['displayName'] !== undefined || undefined,
          }}
          {...inputState(errors, 'displayName')}
        />
        <Input
          textArea
          label="Présentation (facultatif)"
          hintText="Quelques mots sur vous, votre collectivité et les sujets qui vous occupent."
          nativeTextAreaProps={{
            name: 'bio',
            rows: 6,
            maxLength: BIO_MAX_LENGTH,
            value: bio,
            onChange: (event) => {
              setSaved(false);
              setBio(event.target.value);
            },
            'aria-describedby': bioCounterId,
            'aria-invalid': errors?.fields['bio'] !== undefined || undefined,
          }}
          {...inputState(errors, 'bio')}
        />
        <p id={bioCounterId} className="fr-hint-text fr-mt-n2w fr-mb-4w">
          {COUNT.format(bio.length)} / {COUNT.format(BIO_MAX_LENGTH)} caractères
        </p>

        <h2>Mes mandats</h2>
        <p>
          Indiquez les fonctions que vous exercez : elles apparaissent sur votre profil et à côté de vos
          contributions. Un modérateur peut ensuite les vérifier ; modifier un mandat vérifié retire sa
          vérification.
        </p>
        {errors?.fields['mandates'] !== undefined && (
          <p className="fr-message fr-message--error">{errors.fields['mandates']}</p>
        )}
        {rows.length === 0 && <p className="fr-text--sm">Aucun mandat renseigné.</p>}
        {rows.map((row, index) => {
          const legendId = `${formId}-${row.key}-legend`;
          const rowMessageId = `${formId}-${row.key}-message`;
          const rowError = errors?.fields[`mandates.${index}`];
          const roleError = errors?.fields[`mandates.${index}.role`];
          return (
            <fieldset
              key={row.key}
              className={`fr-fieldset fr-mb-4w${rowError === undefined ? '' : ' fr-fieldset--error'}`}
              aria-labelledby={rowError === undefined ? legendId : `${legendId} ${rowMessageId}`}
            >
              <legend className="fr-fieldset__legend" id={legendId}>
                Mandat {index + 1}
                {isVerified(row) && (
                  <>
                    {' '}
                    <Badge as="span" severity="success" small>
                      Mandat vérifié
                    </Badge>
                  </>
                )}
              </legend>
              <div className="fr-fieldset__element">
                <Select
                  label="Fonction"
                  state={roleError === undefined ? 'default' : 'error'}
                  stateRelatedMessage={roleError}
                  nativeSelectProps={{
                    id: roleId(row),
                    required: true,
                    value: row.role,
                    onChange: (event) => {
                      const value = event.target.value;
                      updateRow(row.key, { role: isMandateRole(value) ? value : '' });
                    },
                    'aria-invalid': roleError !== undefined || undefined,
                  }}
                >
                  <option value="" disabled>
                    Sélectionnez une fonction
                  </option>
                  {MANDATE_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {mandateRoleLabel(role)}
                    </option>
                  ))}
                </Select>
              </div>
              <div className="fr-fieldset__element">
                <TerritoryField
                  text={row.text}
                  selected={row.territory}
                  onTextChange={(text) =>
                    updateRow(row.key, {
                      text,
                      // Editing the text after a choice undoes the choice.
                      territory: row.territory !== null && text === row.territory.name ? row.territory : null,
                    })
                  }
                  onSelect={(territory) => updateRow(row.key, { territory, text: territory.name })}
                  error={errors?.fields[`mandates.${index}.territoryCode`]}
                />
              </div>
              <div className="fr-fieldset__element">
                <Button type="button" priority="tertiary" size="small" onClick={() => removeRow(row.key)}>
                  Retirer le mandat {index + 1}
                </Button>
              </div>
              {rowError !== undefined && (
                <div className="fr-messages-group" id={rowMessageId} aria-live="polite">
                  <p className="fr-message fr-message--error">{rowError}</p>
                </div>
              )}
            </fieldset>
          );
        })}
        <Button
          ref={addButton}
          type="button"
          priority="secondary"
          disabled={rows.length >= MAX_MANDATES}
          onClick={addRow}
          className="fr-mb-6w"
        >
          Ajouter un mandat
        </Button>
        {rows.length >= MAX_MANDATES && (
          <p className="fr-hint-text">Vous pouvez déclarer {MAX_MANDATES} mandats au plus.</p>
        )}
        <div>
          <Button type="submit" disabled={loading}>
            Enregistrer mon profil
          </Button>
        </div>
      </form>
    </>
  );
}
