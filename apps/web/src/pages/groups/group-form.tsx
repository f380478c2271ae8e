import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { GROUP_LIMITS as LIMITS, type ErrorCode } from '@pairs/shared-domain';
import { graphql } from '@pairs/web-graphql';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { clientFormErrors, errorState, formErrorsFrom, type FormErrors } from '../../lib/form-errors';
import { useFocusRequest } from '../../lib/use-focus-request';
import { noticeState } from '../../session/flash-notice';
import { ErrorSummary } from '../../ui/error-summary';
import { Counter } from '../case-studies/case-study-editor-parts';
import {
  firstThemeInputId,
  ThemesField,
  type ThemeGroup,
  type ThemeOption,
} from '../case-studies/case-study-editor-themes-field';
import {
  GROUP_JOIN_POLICIES,
  GROUP_VISIBILITIES,
  groupVisibilityHint,
  groupVisibilityLabel,
  joinPolicyHint,
  joinPolicyLabel,
} from './group-format';
import { forgetGroupLists } from './group-operations';
import { groupPath } from './group-paths';
import {
  GROUP_FIELD_ERRORS,
  GROUP_FIELD_LABELS,
  groupInput,
  normalizeName,
  validateGroup,
  type GroupValues,
} from './group-values';

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      slug
      name
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      slug
      name
      description
      visibility
      joinPolicy
      requiresVerifiedMandate
      themes {
        id
        slug
        name
      }
    }
  }
`);

export const GROUP_FORM_ID = {
  summary: 'groupe-erreurs',
  name: 'groupe-nom',
  description: 'groupe-description',
  themes: 'groupe-themes',
  visibility: 'groupe-visibilite',
  joinPolicy: 'groupe-adhesion',
  mandate: 'groupe-mandat',
} as const;

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN:
    "Vous n'avez pas les droits nécessaires : seuls les administrateurs de l'organisation gèrent ses groupes.",
  NOT_FOUND: "Ce groupe ou cette organisation n'existe plus.",
};

/** Opening a private group that holds content would publish it: the API leaves that to moderators. */
const OPENING_MESSAGES: Partial<Record<ErrorCode, string>> = {
  ...PAGE_MESSAGES,
  FORBIDDEN:
    'Ce groupe a déjà des échanges : le rendre public les publierait. Seule la modération de Pairs peut le faire ; vos autres modifications ne sont pas enregistrées.',
};

export interface GroupFormProps {
  /** Create in this organisation, or edit this group. */
  target: { kind: 'create'; organizationId: string } | { kind: 'edit'; groupId: string; slug: string };
  initialValues: GroupValues;
  themeGroups: readonly ThemeGroup[];
  /** Themes of the group that are no longer offered (archived): shown so they can be unchecked. */
  unavailableThemes?: readonly ThemeOption[];
}

/** Name, description, themes, visibility, join policy and the mandate rule of a group. */
export function GroupForm({ target, initialValues, themeGroups, unavailableThemes = [] }: GroupFormProps) {
  const navigate = useNavigate();
  const [values, setValues] = useState<GroupValues>(initialValues);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const requestFocus = useFocusRequest();
  const [createGroup, creating] = useMutation(CreateGroupMutation, { update: forgetGroupLists });
  const [updateGroup, updating] = useMutation(UpdateGroupMutation, { update: forgetGroupLists });
  const busy = creating.loading || updating.loading;
  const update = (change: Partial<GroupValues>) => setValues((current) => ({ ...current, ...change }));

  const themesInputId = firstThemeInputId(themeGroups, unavailableThemes, GROUP_FORM_ID.themes);
  const inputIdOf = (path: string): string | null =>
    ({
      name: GROUP_FORM_ID.name,
      description: GROUP_FORM_ID.description,
      themeSlugs: themesInputId,
      // react-dsfr numbers the inputs of a radio or checkbox group.
      visibility: `${GROUP_FORM_ID.visibility}-0`,
      joinPolicy: `${GROUP_FORM_ID.joinPolicy}-0`,
      requiresVerifiedMandate: `${GROUP_FORM_ID.mandate}-0`,
    })[path] ?? null;

  const showErrors = (next: FormErrors) => {
    setErrors(next);
    requestFocus(GROUP_FORM_ID.summary);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems = validateGroup(values);
    if (Object.keys(problems).length > 0) {
      showErrors(clientFormErrors(problems));
      return;
    }
    setErrors(null);
    void (async () => {
      try {
        if (target.kind === 'create') {
          const result = await createGroup({
            variables: { input: { organizationId: target.organizationId, ...groupInput(values) } },
          });
          const created = result.data?.createGroup;
          if (created == null) throw new Error('createGroup returned no data');
          void navigate(groupPath(created.slug), {
            state: noticeState(
              'Le groupe est créé. Vous en êtes l’animateur·rice : invitez ses premiers membres.',
            ),
          });
        } else {
          const result = await updateGroup({
            variables: { input: { groupId: target.groupId, ...groupInput(values) } },
          });
          const updated = result.data?.updateGroup;
          if (updated == null) throw new Error('updateGroup returned no data');
          void navigate(groupPath(updated.slug), {
            state: noticeState('Les modifications du groupe sont enregistrées.'),
          });
        }
      } catch (error) {
        const opening = initialValues.visibility === 'PRIVATE' && values.visibility === 'PUBLIC';
        showErrors(
          formErrorsFrom(
            error,
            target.kind === 'edit' && opening ? OPENING_MESSAGES : PAGE_MESSAGES,
            GROUP_FIELD_ERRORS,
          ),
        );
      }
    })();
  };

  const fieldError = (path: string): string | undefined => errors?.fields[path];
  const nameError = fieldError('name');
  const creatingGroup = target.kind === 'create';

  return (
    <>
      {errors !== null && (
        <ErrorSummary
          id={GROUP_FORM_ID.summary}
          title={
            creatingGroup ? "Le groupe n'a pas été créé" : "Les modifications n'ont pas été enregistrées"
          }
          errors={errors}
          paths={Object.keys(GROUP_FIELD_LABELS).filter((path) => errors.fields[path] !== undefined)}
          labelOf={(path) => GROUP_FIELD_LABELS[path]}
          inputIdOf={inputIdOf}
        />
      )}
      <p className="fr-text--sm">Seul le nom est obligatoire.</p>
      <form onSubmit={onSubmit} noValidate>
        <Input
          label="Nom du groupe"
          hintText={`De ${LIMITS.nameMin} à ${LIMITS.nameMax} caractères, par exemple « Numérique responsable en Bourgogne ».`}
          nativeInputProps={{
            id: GROUP_FORM_ID.name,
            value: values.name,
            required: true,
            onChange: (event) => update({ name: event.target.value }),
            'aria-describedby': `${GROUP_FORM_ID.name}-counter`,
            'aria-invalid': nameError !== undefined || undefined,
          }}
          {...errorState(nameError)}
        />
        <Counter
          id={`${GROUP_FORM_ID.name}-counter`}
          length={normalizeName(values.name).length}
          max={LIMITS.nameMax}
        />
        <Input
          label="Description"
          hintText="À qui s'adresse le groupe, ce qu'on y partage, à quel rythme il se réunit."
          textArea
          nativeTextAreaProps={{
            id: GROUP_FORM_ID.description,
            value: values.description,
            rows: 6,
            onChange: (event) => update({ description: event.target.value }),
          }}
          {...errorState(fieldError('description'))}
        />
        <ThemesField
          id={GROUP_FORM_ID.themes}
          groups={themeGroups}
          unavailable={unavailableThemes}
          selected={values.themeSlugs}
          onChange={(themeSlugs) => update({ themeSlugs })}
          error={fieldError('themeSlugs')}
          hintText={`Jusqu'à ${LIMITS.themesMax} thématiques : les élus trouveront le groupe par elles.`}
        />
        <RadioButtons
          id={GROUP_FORM_ID.visibility}
          legend="Visibilité"
          hintText={
            creatingGroup
              ? undefined
              : 'Rendre public un groupe qui a déjà des échanges les publierait : seule la modération de Pairs peut le faire.'
          }
          name="visibilite"
          options={GROUP_VISIBILITIES.map((visibility) => ({
            label: groupVisibilityLabel(visibility),
            hintText: groupVisibilityHint(visibility),
            nativeInputProps: {
              value: visibility,
              checked: values.visibility === visibility,
              onChange: () => update({ visibility }),
            },
          }))}
          {...errorState(fieldError('visibility'))}
        />
        <RadioButtons
          id={GROUP_FORM_ID.joinPolicy}
          legend="Adhésion"
          name="adhesion"
          options={GROUP_JOIN_POLICIES.map((joinPolicy) => ({
            label: joinPolicyLabel(joinPolicy),
            hintText: joinPolicyHint(joinPolicy),
            nativeInputProps: {
              value: joinPolicy,
              checked: values.joinPolicy === joinPolicy,
              onChange: () => update({ joinPolicy }),
            },
          }))}
          {...errorState(fieldError('joinPolicy'))}
        />
        <Checkbox
          id={GROUP_FORM_ID.mandate}
          options={[
            {
              label: 'Mandat vérifié requis',
              hintText:
                "Seuls les élus dont le mandat a été vérifié par l'équipe de Pairs peuvent rejoindre le groupe.",
              nativeInputProps: {
                checked: values.requiresVerifiedMandate,
                onChange: (event) => update({ requiresVerifiedMandate: event.target.checked }),
              },
            },
          ]}
          {...errorState(fieldError('requiresVerifiedMandate'))}
        />
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li>
            <Button type="submit">
              {busy ? 'Enregistrement…' : creatingGroup ? 'Créer le groupe' : 'Enregistrer les modifications'}
            </Button>
          </li>
          {target.kind === 'edit' && (
            <li>
              <Button priority="secondary" linkProps={{ to: groupPath(target.slug) }}>
                Annuler
              </Button>
            </li>
          )}
        </ul>
      </form>
    </>
  );
}
