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
import { forgetThreadLists, UpdateQuestionMutation } from './question-operations';
import { normalizeTitle, questionFieldMessage, validateQuestion } from './question-values';

const TITLE_ID = 'question-edition-titre';
const BODY_ID = 'question-edition-texte';

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN:
    'Vous ne pouvez pas ou plus modifier cette question (elle a peut-être été verrouillée). Rechargez la page pour voir son état actuel.',
};

export interface QuestionEditorProps {
  thread: { id: string; title: string; body: string; themes: ReadonlyArray<{ slug: string }> };
  onDone: (saved: boolean) => void;
}

/** Edits the title and text of a question in place; every saved change becomes a revision. */
export function QuestionEditor({ thread, onDone }: QuestionEditorProps) {
  const [title, setTitle] = useState(thread.title);
  const [body, setBody] = useState(thread.body);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [updateQuestion, { loading }] = useMutation(UpdateQuestionMutation, { update: forgetThreadLists });

  useEffect(() => {
    document.getElementById(TITLE_ID)?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const problems = validateQuestion({ title, body, themeSlugs: thread.themes.map((theme) => theme.slug) });
    setErrors(problems);
    setFailure(null);
    const first =
      problems['title'] !== undefined ? TITLE_ID : problems['body'] !== undefined ? BODY_ID : null;
    if (first !== null) {
      document.getElementById(first)?.focus();
      return;
    }
    if (normalizeTitle(title) === thread.title && body.trim() === thread.body) {
      onDone(false);
      return;
    }
    void (async () => {
      try {
        await updateQuestion({
          variables: { input: { threadId: thread.id, title: normalizeTitle(title), body: body.trim() } },
        });
        onDone(true);
      } catch (error) {
        const fields: Record<string, string> = {};
        for (const { field, reason } of describeApiError(error).fields) {
          fields[field] ??= questionFieldMessage(field, reason);
        }
        setErrors(fields);
        setFailure(formErrorsFrom(error, PAGE_MESSAGES).message);
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
