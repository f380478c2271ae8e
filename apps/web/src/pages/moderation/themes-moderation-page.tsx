import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ErrorCode } from '@pairs/shared-domain';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  clientFormErrors,
  formErrorsFrom,
  formText,
  inputState,
  type FormErrors,
} from '../../lib/form-errors';
import { canModerate, useViewer } from '../../session/viewer';
import { themePath } from '../themes/theme-paths';

export const ModerationThemesQuery = graphql(`
  query ModerationThemes {
    themes(includeArchived: true) {
      id
      slug
      name
      description
      status
      synonyms
      children(includeArchived: true) {
        id
        slug
        name
        description
        status
        synonyms
      }
    }
  }
`);

export const CreateThemeMutation = graphql(`
  mutation CreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      id
      slug
      name
    }
  }
`);

export const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($input: UpdateThemeInput!) {
    updateTheme(input: $input) {
      id
      slug
      name
      description
      synonyms
    }
  }
`);

export const ArchiveThemeMutation = graphql(`
  mutation ArchiveTheme($input: ArchiveThemeInput!) {
    archiveTheme(input: $input) {
      id
      status
    }
  }
`);

export const MergeThemesMutation = graphql(`
  mutation MergeThemes($input: MergeThemesInput!) {
    mergeThemes(input: $input) {
      id
      slug
      name
    }
  }
`);

type ModerationTheme = DocumentType<typeof ModerationThemesQuery>['themes'][number];
type ThemeFields = Omit<ModerationTheme, 'children'>;

const DOCUMENT_TITLE = 'Gérer les thématiques';

/** After any change, the list is read again: archiving and merging touch several themes at once. */
const REFETCH_THEMES = { refetchQueries: [ModerationThemesQuery], awaitRefetchQueries: true };

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  CONFLICT: 'Une thématique utilise déjà cette adresse. Choisissez un autre nom ou une autre adresse.',
  FORBIDDEN: 'Seuls les modérateurs et les administrateurs peuvent modifier les thématiques.',
};

/** "eau, assainissement , " → ["eau", "assainissement"]. */
export function parseSynonyms(raw: string): string[] {
  return raw
    .split(',')
    .map((synonym) => synonym.trim())
    .filter((synonym) => synonym !== '');
}

/** `/moderation/thematiques`: the taxonomy, for moderators and administrators. */
export function ThemesModerationPage() {
  const { viewer } = useViewer();
  // RequireViewer renders this page only for a signed-in user.
  if (viewer === null) {
    return null;
  }
  return (
    <div className="fr-container fr-my-6w">
      <PageTitle documentTitle={DOCUMENT_TITLE} />
      {canModerate(viewer) ? (
        <ThemesModeration />
      ) : (
        <Alert
          severity="warning"
          as="h2"
          title="Accès réservé aux modérateurs"
          description="Cette page permet aux modérateurs et aux administrateurs de gérer les thématiques. Votre compte n'a pas ces droits."
        />
      )}
    </div>
  );
}

function ThemesModeration() {
  const { data, loading, error } = useQuery(ModerationThemesQuery);
  const themes = data?.themes;

  if (themes === undefined) {
    return loading ? (
      <div aria-busy="true">
        <p role="status">Chargement des thématiques…</p>
      </div>
    ) : (
      <ErrorAlert title="Impossible d'afficher les thématiques" message={describeApiError(error).message} />
    );
  }

  const allThemes = themes.flatMap((theme) => [theme, ...theme.children]);
  return (
    <>
      <CreateThemeSection topLevel={themes.filter((theme) => theme.status === 'ACTIVE')} />
      <section aria-labelledby="thematiques-existantes" className="fr-mb-6w">
        <h2 id="thematiques-existantes">Thématiques existantes</h2>
        {themes.length === 0 && <p>Aucune thématique pour le moment.</p>}
        <ul>
          {themes.map((theme) => (
            <li key={theme.id} className="fr-mb-3w">
              <ThemeItem theme={theme} level={3} />
              {theme.children.length > 0 && (
                <ul>
                  {theme.children.map((child) => (
                    <li key={child.id} className="fr-mt-2w">
                      <ThemeItem theme={child} level={4} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      <MergeThemesSection themes={allThemes.filter((theme) => theme.status === 'ACTIVE')} />
    </>
  );
}

function CreateThemeSection({ topLevel }: { topLevel: ReadonlyArray<ThemeFields> }) {
  const [createTheme, { loading }] = useMutation(CreateThemeMutation, REFETCH_THEMES);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [created, setCreated] = useState<{ name: string; slug: string } | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = formText(data, 'name').trim();
    setCreated(null);
    if (name === '') {
      setErrors(clientFormErrors({ name: 'Saisissez le nom de la thématique.' }));
      return;
    }
    const slug = formText(data, 'slug').trim();
    const parentSlug = formText(data, 'parentSlug');
    const description = formText(data, 'description').trim();
    const synonyms = parseSynonyms(formText(data, 'synonyms'));
    void (async () => {
      setErrors(null);
      try {
        const result = await createTheme({
          variables: {
            input: {
              name,
              ...(slug === '' ? {} : { slug }),
              ...(parentSlug === '' ? {} : { parentSlug }),
              ...(description === '' ? {} : { description }),
              ...(synonyms.length === 0 ? {} : { synonyms }),
            },
          },
        });
        const theme = result.data?.createTheme;
        if (theme != null) {
          setCreated({ name: theme.name, slug: theme.slug });
        }
        form.reset();
      } catch (error) {
        setErrors(formErrorsFrom(error, PAGE_MESSAGES));
      }
    })();
  };

  return (
    <section aria-labelledby="creer-thematique" className="fr-mb-6w">
      <h2 id="creer-thematique">Créer une thématique</h2>
      {created !== null && (
        <Alert
          severity="success"
          small
          role="status"
          className="fr-mb-4w"
          description={
            <>
              La thématique <Link to={themePath(created.slug)}>{created.name}</Link> a été créée.
            </>
          }
        />
      )}
      {errors !== null && (
        <ErrorAlert
          title="La thématique n'a pas été créée"
          message={errors.message}
          as="h3"
          className="fr-mb-4w"
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <Input
          label="Nom"
          nativeInputProps={{ name: 'name', required: true, maxLength: 80 }}
          {...inputState(errors, 'name')}
        />
        <Input
          label="Adresse (facultatif)"
          hintText="Fin de l'adresse de la page, par exemple « eclairage-public ». Par défaut, tirée du nom. Elle ne pourra plus changer."
          nativeInputProps={{ name: 'slug', maxLength: 80 }}
          {...inputState(errors, 'slug')}
        />
        <Select
          label="Thématique parente (facultatif)"
          hint="Laissez vide pour une thématique de premier niveau."
          nativeSelectProps={{ name: 'parentSlug', defaultValue: '' }}
          {...inputState(errors, 'parentSlug')}
        >
          <option value="">Aucune (premier niveau)</option>
          {topLevel.map((theme) => (
            <option key={theme.id} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </Select>
        <Input
          textArea
          label="Description (facultatif)"
          nativeTextAreaProps={{ name: 'description', rows: 3 }}
          {...inputState(errors, 'description')}
        />
        <Input
          label="Synonymes (facultatif)"
          hintText="Autres noms que les élus pourraient chercher, séparés par des virgules."
          nativeInputProps={{ name: 'synonyms' }}
          {...inputState(errors, 'synonyms')}
        />
        <Button type="submit" disabled={loading}>
          Créer la thématique
        </Button>
      </form>
    </section>
  );
}

function ThemeItem({ theme, level }: { theme: ThemeFields; level: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-archive'>('view');
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [updateTheme, update] = useMutation(UpdateThemeMutation, REFETCH_THEMES);
  const [archiveTheme, archive] = useMutation(ArchiveThemeMutation, REFETCH_THEMES);
  const archived = theme.status === 'ARCHIVED';

  const onEdit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = formText(data, 'name').trim();
    if (name === '') {
      setErrors(clientFormErrors({ name: 'Saisissez le nom de la thématique.' }));
      return;
    }
    void (async () => {
      setErrors(null);
      try {
        await updateTheme({
          variables: {
            input: {
              id: theme.id,
              name,
              description: formText(data, 'description').trim(),
              synonyms: parseSynonyms(formText(data, 'synonyms')),
            },
          },
        });
        setMode('view');
        setNotice(`La thématique « ${name} » a été enregistrée.`);
      } catch (error) {
        setErrors(formErrorsFrom(error, PAGE_MESSAGES));
      }
    })();
  };

  const onArchive = () => {
    void (async () => {
      setErrors(null);
      try {
        await archiveTheme({ variables: { input: { id: theme.id } } });
        setMode('view');
        setNotice(`La thématique « ${theme.name} » a été archivée.`);
      } catch (error) {
        setErrors(formErrorsFrom(error, PAGE_MESSAGES));
      }
    })();
  };

  return (
    <div>
      <Heading className="fr-h6 fr-mb-1w">
        <Link to={themePath(theme.slug)}>{theme.name}</Link>{' '}
        {archived && (
          <Badge as="span" severity="warning" small>
            Archivée
          </Badge>
        )}
      </Heading>
      <p className="fr-text--sm fr-mb-1w">
        Adresse : {themePath(theme.slug)}
        {theme.synonyms.length > 0 && <> · Aussi appelé : {theme.synonyms.join(', ')}</>}
      </p>
      {notice !== null && (
        <Alert severity="success" small role="status" className="fr-mb-2w" description={notice} />
      )}
      {errors !== null && (
        <ErrorAlert
          title={
            mode === 'edit' ? "La thématique n'a pas été enregistrée" : "La thématique n'a pas été archivée"
          }
          message={errors.message}
          as={level === 3 ? 'h4' : 'h5'}
          className="fr-mb-2w"
        />
      )}
      {mode === 'view' && (
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          <li>
            <Button
              type="button"
              priority="secondary"
              onClick={() => {
                setNotice(null);
                setErrors(null);
                setMode('edit');
              }}
              title={`Modifier ${theme.name}`}
            >
              Modifier
            </Button>
          </li>
          {!archived && (
            <li>
              <Button
                type="button"
                priority="tertiary"
                onClick={() => {
                  setNotice(null);
                  setErrors(null);
                  setMode('confirm-archive');
                }}
                title={`Archiver ${theme.name}`}
              >
                Archiver
              </Button>
            </li>
          )}
        </ul>
      )}
      {mode === 'confirm-archive' && (
        <div role="group" aria-label={`Confirmer l'archivage de ${theme.name}`}>
          <p className="fr-mb-1w">
            Archiver « {theme.name} » ? Elle restera lisible mais ne recevra plus de contenus
            {level === 3 ? ', ses sous-thématiques seront aussi archivées' : ''}.
          </p>
          <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
            <li>
              <Button type="button" disabled={archive.loading} onClick={onArchive}>
                Confirmer l'archivage
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => setMode('view')}>
                Annuler
              </Button>
            </li>
          </ul>
        </div>
      )}
      {mode === 'edit' && (
        <form onSubmit={onEdit} noValidate aria-label={`Modifier ${theme.name}`}>
          <Input
            label="Nom"
            nativeInputProps={{ name: 'name', required: true, maxLength: 80, defaultValue: theme.name }}
            {...inputState(errors, 'name')}
          />
          <Input
            textArea
            label="Description"
            nativeTextAreaProps={{ name: 'description', rows: 3, defaultValue: theme.description }}
            {...inputState(errors, 'description')}
          />
          <Input
            label="Synonymes"
            hintText="Séparés par des virgules."
            nativeInputProps={{ name: 'synonyms', defaultValue: theme.synonyms.join(', ') }}
            {...inputState(errors, 'synonyms')}
          />
          <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
            <li>
              <Button type="submit" disabled={update.loading}>
                Enregistrer
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => setMode('view')}>
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      )}
    </div>
  );
}

function MergeThemesSection({ themes }: { themes: ReadonlyArray<ThemeFields> }) {
  const [mergeThemes, { loading }] = useMutation(MergeThemesMutation, REFETCH_THEMES);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [merged, setMerged] = useState<{ source: string; name: string; slug: string } | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const sourceSlug = formText(data, 'sourceSlug');
    const targetSlug = formText(data, 'targetSlug');
    setMerged(null);
    const missing: Record<string, string> = {};
    if (sourceSlug === '') {
      missing['sourceSlug'] = 'Choisissez la thématique à fusionner.';
    }
    if (targetSlug === '') {
      missing['targetSlug'] = 'Choisissez la thématique de destination.';
    }
    if (Object.keys(missing).length > 0) {
      setErrors(clientFormErrors(missing));
      return;
    }
    const sourceName = themes.find((theme) => theme.slug === sourceSlug)?.name ?? sourceSlug;
    void (async () => {
      setErrors(null);
      try {
        const result = await mergeThemes({ variables: { input: { sourceSlug, targetSlug } } });
        const target = result.data?.mergeThemes;
        if (target != null) {
          setMerged({ source: sourceName, name: target.name, slug: target.slug });
        }
        form.reset();
      } catch (error) {
        setErrors(formErrorsFrom(error, PAGE_MESSAGES));
      }
    })();
  };

  const options = themes.map((theme) => (
    <option key={theme.id} value={theme.slug}>
      {theme.name}
    </option>
  ));

  return (
    <section aria-labelledby="fusionner-thematiques" className="fr-mb-6w">
      <h2 id="fusionner-thematiques">Fusionner deux thématiques</h2>
      <p>
        Les retours d'expérience, les questions et les sous-thématiques de la thématique fusionnée sont
        déplacés vers la thématique de destination. Son nom et son adresse deviennent des synonymes :
        l'ancienne adresse redirige vers la thématique de destination. Cette opération est définitive.
      </p>
      {merged !== null && (
        <Alert
          severity="success"
          small
          role="status"
          className="fr-mb-4w"
          description={
            <>
              « {merged.source} » a été fusionnée dans <Link to={themePath(merged.slug)}>{merged.name}</Link>.
            </>
          }
        />
      )}
      {errors !== null && (
        <ErrorAlert
          title="La fusion n'a pas été faite"
          message={errors.message}
          as="h3"
          className="fr-mb-4w"
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <Select
          label="Thématique à fusionner"
          nativeSelectProps={{ name: 'sourceSlug', defaultValue: '', required: true }}
          {...inputState(errors, 'sourceSlug')}
        >
          <option value="" disabled>
            Choisir une thématique
          </option>
          {options}
        </Select>
        <Select
          label="Thématique de destination"
          nativeSelectProps={{ name: 'targetSlug', defaultValue: '', required: true }}
          {...inputState(errors, 'targetSlug')}
        >
          <option value="" disabled>
            Choisir une thématique
          </option>
          {options}
        </Select>
        <Button type="submit" disabled={loading}>
          Fusionner
        </Button>
      </form>
    </section>
  );
}
