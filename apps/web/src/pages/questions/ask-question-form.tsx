import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { DISCUSSION_LIMITS as LIMITS, type ErrorCode } from '@pairs/shared-domain';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { clientFormErrors, errorState, formErrorsFrom, type FormErrors } from '../../lib/form-errors';
import { useFocusRequest } from '../../lib/use-focus-request';
import { localCopyText, useLocalCopy } from '../../lib/use-local-copy';
import { noticeState } from '../../session/flash-notice';
import { DraftOffer } from '../../ui/draft-offer';
import { ErrorSummary } from '../../ui/error-summary';
import { Counter } from '../case-studies/case-study-editor-parts';
import { MarkdownField } from '../case-studies/case-study-editor-markdown-field';
import {
  firstThemeInputId,
  ThemesField,
  type ThemeGroup,
} from '../case-studies/case-study-editor-themes-field';
import { caseStudyPath } from '../case-studies/case-study-paths';
import {
  questionDraftKey,
  readQuestionDraft,
  removeQuestionDraft,
  writeQuestionDraft,
  type QuestionDraft,
} from './question-draft-storage';
import { CreateQuestionMutation, forgetThreadLists } from './question-operations';
import { questionPath } from './question-paths';
import {
  EMPTY_QUESTION_VALUES,
  hasWrittenText,
  normalizeTitle,
  QUESTION_FIELD_ERRORS,
  QUESTION_FIELD_LABELS,
  validateQuestion,
  type QuestionValues,
} from './question-values';

/** Local copy after the last keystroke. */
export const QUESTION_DRAFT_DELAY_MS = 1000;

export const ASK_ID = {
  summary: 'question-erreurs',
  title: 'question-titre',
  body: 'question-texte',
  themes: 'question-themes',
  caseStudy: 'question-rattachement',
} as const;

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN: "Vous ne pouvez pas poser de question pour l'instant : confirmez d'abord votre adresse e-mail.",
};

/** Said of every failure but invalid fields: nothing typed is lost. */
const TEXT_KEPT = 'Votre texte est conservé sur cet appareil.';

/** A published case study the question may be about. */
export interface AskAboutCaseStudy {
  id: string;
  slug: string;
  title: string;
}

/** The group the question is posted into. */
export interface AskInGroup {
  id: string;
  slug: string;
}

export interface AskQuestionFormProps {
  viewerId: string;
  /** Post into this group (its members only read it when it is private); null for the commons. */
  group?: AskInGroup | null;
  themeGroups: readonly ThemeGroup[];
  caseStudy: AskAboutCaseStudy | null;
  /** Themes chosen to start with (those of the case study the question is about). */
  initialThemeSlugs: readonly string[];
}

/**
 * The ask-a-question form: title, markdown text with preview, 1 to 5 themes, optionally the case
 * study it is about. What is typed is kept on this device and offered back after a reload.
 */
export function AskQuestionForm({
  viewerId,
  group = null,
  themeGroups,
  caseStudy,
  initialThemeSlugs,
}: AskQuestionFormProps) {
  const navigate = useNavigate();
  const key = questionDraftKey(viewerId, caseStudy?.slug ?? null, group?.slug ?? null);
  const [initial] = useState(() => {
    const draft = readQuestionDraft(key);
    return draft !== null && hasWrittenText(draft.values) ? draft : null;
  });
  const [values, setValues] = useState<QuestionValues>({
    ...EMPTY_QUESTION_VALUES,
    themeSlugs: [...initialThemeSlugs],
  });
  const [offer, setOffer] = useState<QuestionDraft | null>(initial);
  const [attach, setAttach] = useState(caseStudy !== null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const requestFocus = useFocusRequest();
  /** Set once the question is published: nothing more to keep. */
  const doneRef = useRef(false);
  const [createQuestion, { loading }] = useMutation(CreateQuestionMutation, { update: forgetThreadLists });

  const localCopy = useLocalCopy({
    values,
    delayMs: QUESTION_DRAFT_DELAY_MS,
    // Not before the member chose between the stored draft and a new question.
    paused: offer !== null,
    write: (at) => {
      if (doneRef.current) return undefined;
      if (!hasWrittenText(values)) {
        removeQuestionDraft(key);
        return undefined;
      }
      return writeQuestionDraft(key, { savedAt: at, values });
    },
  });

  const update = (change: Partial<QuestionValues>) => setValues((current) => ({ ...current, ...change }));

  const themesInputId = firstThemeInputId(themeGroups, [], ASK_ID.themes);
  const inputIdOf = (path: string): string | null =>
    ({
      title: ASK_ID.title,
      body: ASK_ID.body,
      themeSlugs: themesInputId,
      // react-dsfr numbers the inputs of a checkbox group.
      caseStudyId: `${ASK_ID.caseStudy}-0`,
    })[path] ?? null;

  const showErrors = (next: FormErrors) => {
    setErrors(next);
    requestFocus(ASK_ID.summary);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const problems = validateQuestion(values);
    if (Object.keys(problems).length > 0) {
      showErrors(clientFormErrors(problems));
      return;
    }
    setErrors(null);
    void (async () => {
      try {
        const result = await createQuestion({
          variables: {
            input: {
              title: normalizeTitle(values.title),
              body: values.body.trim(),
              themeSlugs: values.themeSlugs,
              ...(attach && caseStudy !== null ? { caseStudyId: caseStudy.id } : {}),
              ...(group !== null ? { groupId: group.id } : {}),
            },
          },
        });
        const created = result.data?.createThread;
        if (created == null) throw new Error('createThread returned no data');
        doneRef.current = true;
        removeQuestionDraft(key);
        void navigate(questionPath(created.id), {
          state: noticeState("Votre question est publiée : les réponses s'afficheront sur cette page."),
        });
      } catch (error) {
        const found = formErrorsFrom(error, PAGE_MESSAGES, QUESTION_FIELD_ERRORS);
        showErrors(
          Object.keys(found.fields).length > 0
            ? found
            : { ...found, message: `${found.message} ${TEXT_KEPT}` },
        );
      }
    })();
  };

  if (offer !== null) {
    return (
      <DraftOffer
        savedAt={offer.savedAt}
        title={offer.values.title.trim()}
        written="commencé à écrire une question sans la publier"
        resumeLabel="Reprendre le brouillon"
        onResume={() => {
          setValues(offer.values);
          setOffer(null);
          requestFocus(ASK_ID.title);
        }}
        onIgnore={() => {
          removeQuestionDraft(key);
          setOffer(null);
          requestFocus(ASK_ID.title);
        }}
      >
        <p className="fr-mb-2w">
          Reprenez-la pour continuer là où vous en étiez, ou ignorez-la pour commencer une nouvelle question
          (le brouillon sera supprimé).
        </p>
      </DraftOffer>
    );
  }

  const fieldError = (path: string): string | undefined => errors?.fields[path];
  const titleError = fieldError('title');

  return (
    <>
      {errors !== null && (
        <ErrorSummary
          id={ASK_ID.summary}
          title="La question n'a pas été publiée"
          errors={errors}
          paths={Object.keys(QUESTION_FIELD_LABELS).filter((path) => errors.fields[path] !== undefined)}
          labelOf={(path) => QUESTION_FIELD_LABELS[path]}
          inputIdOf={inputIdOf}
        />
      )}
      <p className="fr-text--sm">
        Tous les champs sont obligatoires. Votre texte est conservé sur cet appareil au fur et à mesure,
        jusqu'à la publication.
      </p>
      <form onSubmit={onSubmit} noValidate>
        {caseStudy !== null && (
          <div className="fr-callout fr-mb-4w">
            <p className="fr-callout__text fr-text--md fr-mb-2w">
              Vous posez une question aux auteurs du retour d'expérience{' '}
              <Link to={caseStudyPath(caseStudy.slug)}>{caseStudy.title}</Link>. Elle apparaîtra sur sa page.
            </p>
            <Checkbox
              id={ASK_ID.caseStudy}
              small
              options={[
                {
                  label: "Rattacher ma question à ce retour d'expérience",
                  nativeInputProps: {
                    checked: attach,
                    onChange: (event) => setAttach(event.target.checked),
                  },
                },
              ]}
              {...errorState(fieldError('caseStudyId'))}
            />
          </div>
        )}
        <Input
          label="Titre de la question"
          hintText={`De ${LIMITS.titleMin} à ${LIMITS.titleMax} caractères, par exemple « Comment avez-vous convaincu votre conseil de financer l'étude ? ».`}
          nativeInputProps={{
            id: ASK_ID.title,
            value: values.title,
            required: true,
            onChange: (event) => update({ title: event.target.value }),
            'aria-describedby': `${ASK_ID.title}-counter`,
            'aria-invalid': titleError !== undefined || undefined,
          }}
          {...errorState(titleError)}
        />
        <Counter
          id={`${ASK_ID.title}-counter`}
          length={normalizeTitle(values.title).length}
          max={LIMITS.titleMax}
        />
        <MarkdownField
          id={ASK_ID.body}
          label="Votre question"
          hintText={
            <>
              Le contexte (taille de la commune, ce que vous avez déjà essayé), puis ce que vous cherchez à
              savoir. Mise en forme Markdown acceptée : <code>**gras**</code>, listes commençant par{' '}
              <code>-</code>, liens <code>[texte](https://…)</code>.
            </>
          }
          value={values.body}
          onChange={(body) => update({ body })}
          error={fieldError('body')}
          required
          rows={10}
          maxBytes={LIMITS.bodyMaxBytes}
        />
        <ThemesField
          id={ASK_ID.themes}
          groups={themeGroups}
          unavailable={[]}
          selected={values.themeSlugs}
          onChange={(themeSlugs) => update({ themeSlugs })}
          error={fieldError('themeSlugs')}
          hintText={`Choisissez de 1 à ${LIMITS.themesMax} thématiques : les élus intéressés trouveront votre question par elles.`}
        />
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li>
            <Button type="submit">{loading ? 'Publication…' : 'Publier la question'}</Button>
          </li>
        </ul>
        <p className="fr-hint-text">{localCopyText(localCopy)}</p>
      </form>
    </>
  );
}
