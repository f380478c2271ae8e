import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { DISCUSSION_LIMITS as LIMITS, type ErrorCode } from '@pairs/shared-domain';
import { describeApiError } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../lib/form-errors';
import { Counter } from '../case-studies/case-study-editor-parts';
import { MarkdownField } from '../case-studies/case-study-editor-markdown-field';
import {
  firstThemeInputId,
  ThemesField,
  type ThemeOption,
} from '../case-studies/case-study-editor-themes-field';
import { forgetThreadLists, UpdateQuestionMutation } from './question-operations';
import { useQuestionThemes } from './question-themes';
import {
  normalizeTitle,
  questionFieldMessage,
  questionFormFieldOf,
  validateQuestion,
} from './question-values';

const TITLE_ID = 'question-edition-titre';
const BODY_ID = 'question-edition-texte';
const THEMES_ID = 'question-edition-themes';

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN:
    'Vous ne pouvez pas ou plus modifier cette question (elle a peut-être été verrouillée). Rechargez la page pour voir son état actuel.',
};

export interface QuestionEditorProps {
  thread: {
    id: string;
    title: string;
    body: string;
    themes: ReadonlyArray<{ slug: string; name: string }>;
  };
  onDone: (saved: boolean) => void;
}

function sameThemes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((slug) => b.includes(slug));
}

/**
 * Edits the title, text and themes of a question in place; every saved change becomes a
 * revision. Only what changed is sent.
 */
export function QuestionEditor({ thread, onDone }: QuestionEditorProps) {
  const initialThemes = thread.themes.map((theme) => theme.slug);
  const [title, setTitle] = useState(thread.title);
  const [body, setBody] = useState(thread.body);
  const [themeSlugs, setThemeSlugs] = useState<string[]>(initialThemes);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const themes = useQuestionThemes();
  const [updateQuestion, { loading }] = useMutation(UpdateQuestionMutation, { update: forgetThreadLists });

  useEffect(() => {
    document.getElementById(TITLE_ID)?.focus();
  }, []);

  const groups = themes.groups;
  const offered = new Set(
    (groups ?? []).flatMap((group) => [group.slug, ...group.children.map((c) => c.slug)]),
  );
  // Chosen themes archived since: shown so that they can be unchecked.
  const unavailable: ThemeOption[] = thread.themes
    .filter((theme) => themeSlugs.includes(theme.slug) && !offered.has(theme.slug))
    .map((theme) => ({ slug: theme.slug, name: theme.name }));

  /** Focuses the first invalid field, in form order. */
  const focusFirst = (fields: Record<string, string>) => {
    const first =
      fields['title'] !== undefined
        ? TITLE_ID
        : fields['body'] !== undefined
          ? BODY_ID
          : fields['themeSlugs'] !== undefined && groups !== undefined
            ? firstThemeInputId(groups, unavailable, THEMES_ID)
            : null;
    if (first !== null) document.getElementById(first)?.focus();
    return first !== null;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const problems = validateQuestion({ title, body, themeSlugs });
    setErrors(problems);
    setFailure(null);
    if (focusFirst(problems)) return;
    const themesChanged = !sameThemes(themeSlugs, initialThemes);
    if (normalizeTitle(title) === thread.title && body.trim() === thread.body && !themesChanged) {
      onDone(false);
      return;
    }
    void (async () => {
      try {
        await updateQuestion({
          variables: {
            input: {
              threadId: thread.id,
              title: normalizeTitle(title),
              body: body.trim(),
              ...(themesChanged ? { themeSlugs } : {}),
            },
          },
        });
        onDone(true);
      } catch (error) {
        const fields: Record<string, string> = {};
        for (const { field, reason } of describeApiError(error).fields) {
          fields[questionFormFieldOf(field)] ??= questionFieldMessage(field, reason);
        }
        setErrors(fields);
        setFailure(formErrorsFrom(error, PAGE_MESSAGES).message);
        focusFirst(fields);
      }
    })();
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="question-edition" className="fr-mb-4w">
      <h2 id="question-edition" className="fr-h4">
        Modifier la question
      </h2>
      {failure !== null && (
        <ErrorAlert title="La question n'a pas été modifiée" message={failure} as="h3" className="fr-mb-3w" />
      )}
      <Input
        label="Titre"
        hintText={`De ${LIMITS.titleMin} à ${LIMITS.titleMax} caractères.`}
        nativeInputProps={{
          id: TITLE_ID,
          value: title,
          required: true,
          onChange: (event) => setTitle(event.target.value),
          'aria-describedby': `${TITLE_ID}-counter`,
          'aria-invalid': errors['title'] !== undefined || undefined,
        }}
        {...(errors['title'] === undefined
          ? {}
          : { state: 'error' as const, stateRelatedMessage: errors['title'] })}
      />
      <Counter id={`${TITLE_ID}-counter`} length={normalizeTitle(title).length} max={LIMITS.titleMax} />
      <MarkdownField
        id={BODY_ID}
        label="Votre question"
        value={body}
        onChange={setBody}
        error={errors['body']}
        required
        rows={10}
        maxBytes={LIMITS.bodyMaxBytes}
      />
      {groups !== undefined ? (
        <ThemesField
          id={THEMES_ID}
          groups={groups}
          unavailable={unavailable}
          selected={themeSlugs}
          onChange={setThemeSlugs}
          error={errors['themeSlugs']}
          hintText={`De ${LIMITS.themesMin} à ${LIMITS.themesMax} thématiques : la question apparaîtra sur leurs pages.`}
        />
      ) : themes.loading ? (
        <p role="status">Chargement des thématiques…</p>
      ) : (
        // The title and text can still be corrected: the themes then stay as they are.
        <ErrorAlert
          title="Impossible d'afficher les thématiques"
          message={describeApiError(themes.error).message}
          as="h3"
          className="fr-mb-3w"
        />
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        <li>
          <Button type="submit">{loading ? 'Enregistrement…' : 'Enregistrer les modifications'}</Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={() => onDone(false)}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
