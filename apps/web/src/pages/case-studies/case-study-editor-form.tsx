import type { ApolloCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { CASE_STUDY_LIMITS as LIMITS, type ErrorCode } from '@pairs/shared-domain';
import {
  describeApiError,
  getFragmentData,
  graphql,
  NETWORK_ERROR_MESSAGE,
  type DocumentType,
} from '@pairs/web-graphql';
import { useEffect, useEffectEvent, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatLongDate } from '../../lib/format-date';
import { clientFormErrors, errorState, formErrorsFrom, type FormErrors } from '../../lib/form-errors';
import { useFocusRequest } from '../../lib/use-focus-request';
import { localCopyText, useLocalCopy } from '../../lib/use-local-copy';
import { noticeState } from '../../session/flash-notice';
import { ErrorSummary } from '../../ui/error-summary';
import { TerritoryField } from '../account/territory-field';
import { ConflictPanel } from './case-study-editor-conflict';
import { MarkdownField } from './case-study-editor-markdown-field';
import {
  Counter,
  Fieldset,
  FundingFieldset,
  fundingInputId,
  ID,
  LocalDraftOffer,
} from './case-study-editor-parts';
import {
  localDraftKey,
  readLocalDraft,
  removeLocalDraft,
  writeLocalDraft,
  type LocalDraft,
} from './case-study-editor-storage';
import {
  firstThemeInputId,
  ThemesField,
  type ThemeGroup,
  type ThemeOption,
} from './case-study-editor-themes-field';
import {
  CASE_STUDY_FIELD_ERRORS,
  contentInput,
  contentKey,
  EMPTY_VALUES,
  fieldLabel,
  inFormOrder,
  newRowKey,
  parseAmount,
  parseSolutions,
  validateValues,
  valuesFromCaseStudy,
  type CaseStudyEditorValues,
  type FundingRow,
} from './case-study-editor-values';
import { caseStudyStatusLabel, caseStudyStatusSeverity } from './case-study-format';
import { caseStudyEditPath, caseStudyPath } from './case-study-paths';
import { SubmitCaseStudyMutation } from './workflow-actions';

/** What the editor reads and every save sends back. */
export const CaseStudyEditorFieldsFragment = graphql(`
  fragment CaseStudyEditorFields on CaseStudy {
    id
    slug
    status
    title
    summary
    body
    results
    environmentalAssessment
    lessonsLearned
    solutionsUsed
    contact
    startedOn
    endedOn
    costEuros
    fundingSources {
      name
      amountEuros
    }
    territory {
      id
      code
      inseeCode
      name
      kind
      population
    }
    themes {
      id
      slug
      name
      status
    }
    revisionCount
    updatedAt
    changesRequested {
      comment
      createdAt
      reviewer {
        id
        handle
        displayName
      }
    }
    viewerCan {
      edit
      submit
      review
      archive
      manageAuthors
    }
  }
`);

export const CaseStudyEditorQuery = graphql(`
  query CaseStudyEditor($slug: String!) {
    caseStudy(slug: $slug) {
      id
      ...CaseStudyEditorFields
    }
  }
`);

export const CreateCaseStudyMutation = graphql(`
  mutation CreateCaseStudy($input: CreateCaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
      ...CaseStudyEditorFields
    }
  }
`);

export const UpdateCaseStudyMutation = graphql(`
  mutation UpdateCaseStudy($input: UpdateCaseStudyInput!) {
    updateCaseStudy(input: $input) {
      id
      ...CaseStudyEditorFields
    }
  }
`);

export type EditorCaseStudy = DocumentType<typeof CaseStudyEditorFieldsFragment>;

/** Local copy after the last keystroke. */
export const LOCAL_SAVE_DELAY_MS = 1000;
/** Server save of a draft after this much inactivity. */
export const SERVER_AUTOSAVE_DELAY_MS = 20_000;

/** The input an error path points to (error summary links). */
function inputIdOf(path: string, themesInputId: string): string | null {
  const funding = /^fundingSources\.(\d+)\.(name|amountEuros)$/.exec(path);
  if (funding !== null) {
    return fundingInputId(Number(funding[1]), funding[2] === 'name' ? 'name' : 'amount');
  }
  const ids: Record<string, string> = {
    title: ID.title,
    summary: ID.summaryField,
    territoryCode: ID.territory,
    themeSlugs: themesInputId,
    startedOn: ID.startedOn,
    endedOn: ID.endedOn,
    costEuros: ID.cost,
    fundingSources: ID.addFunding,
    body: ID.body,
    results: ID.results,
    environmentalAssessment: ID.environmentalAssessment,
    lessonsLearned: ID.lessonsLearned,
    solutionsUsed: ID.solutions,
    contact: ID.contact,
  };
  return ids[path] ?? null;
}

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  CONFLICT:
    "Ce retour d'expérience a changé d'état entre-temps (soumis, publié ou archivé). Rechargez la page : votre texte est conservé sur cet appareil.",
  FORBIDDEN:
    "Vous ne pouvez pas ou plus modifier ce retour d'expérience (il a peut-être été archivé ou masqué). Votre texte est conservé sur cet appareil.",
  NOT_FOUND:
    "Ce retour d'expérience n'existe plus ou ne vous est plus accessible. Votre texte est conservé sur cet appareil.",
};

/** Form errors of a failed save: API field paths mapped to the fields that show them. */
function caseStudyFormErrors(error: unknown): FormErrors {
  return formErrorsFrom(error, PAGE_MESSAGES, CASE_STUDY_FIELD_ERRORS);
}

/** The revision someone else saved, sent with a CONFLICT on `expectedRevision`. */
function latestRevisionOf(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return null;
  }
  for (const { extensions } of error.errors) {
    const latest = extensions?.['latestRevision'];
    if (typeof latest === 'number') {
      return latest;
    }
  }
  return null;
}

/** Lists (mine, the review queue, the published list) include or order by what changed: ask again. */
function forgetCaseStudyLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseStudies' });
  cache.gc();
}

const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });
const COUNT = new Intl.NumberFormat('fr-FR');

type SaveMode = 'manual' | 'auto' | 'submit';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'unchanged' }
  | { kind: 'incomplete' }
  | { kind: 'offline' }
  | { kind: 'refused' }
  | { kind: 'conflict' };

function saveStatusText(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Enregistrement en cours…';
    case 'saved':
      return `Enregistré à ${TIME.format(new Date(state.at))}`;
    case 'unchanged':
      return 'Aucune modification à enregistrer : le serveur a déjà cette version.';
    case 'incomplete':
      return 'Enregistrement automatique en attente : complétez les champs obligatoires. Votre texte est conservé sur cet appareil.';
    case 'offline':
      return 'Serveur injoignable : vos modifications sont conservées sur cet appareil. Nouvel essai dans 20 secondes.';
    case 'refused':
      return 'Modifications non enregistrées sur le serveur : corrigez les erreurs signalées.';
    case 'conflict':
      return "Modifications non enregistrées sur le serveur : quelqu'un d'autre a enregistré une nouvelle version.";
  }
}

export interface CaseStudyEditorFormProps {
  viewerId: string;
  /** The case study being edited; null to write a new one. */
  caseStudy: EditorCaseStudy | null;
  /** Active themes to choose from. */
  themeGroups: readonly ThemeGroup[];
  /** A new case study posted into this group (its members only read it when it is private). */
  group?: { id: string; slug: string } | null;
}

/**
 * The case study editor. Nothing typed is ever lost: every change is copied to localStorage
 * after a second, a draft is saved to the server after 20 s of inactivity, and a CONFLICT
 * (someone else saved) keeps the author's text and lets them overwrite knowingly.
 */
export function CaseStudyEditorForm({
  viewerId,
  caseStudy,
  themeGroups,
  group = null,
}: CaseStudyEditorFormProps) {
  const navigate = useNavigate();
  const localKey = localDraftKey(
    viewerId,
    caseStudy?.id ?? null,
    caseStudy === null ? (group?.slug ?? null) : null,
  );
  // Read once: the form owns the values from now on (later cache updates must not reset them).
  const [initial] = useState(() => {
    const server = caseStudy === null ? EMPTY_VALUES : valuesFromCaseStudy(caseStudy);
    const draft = readLocalDraft(localKey);
    return {
      server,
      offer: draft !== null && contentKey(draft.values) !== contentKey(server) ? draft : null,
    };
  });
  const [values, setValues] = useState<CaseStudyEditorValues>(initial.server);
  const [savedValues, setSavedValues] = useState<CaseStudyEditorValues>(initial.server);
  const [offer, setOffer] = useState<LocalDraft | null>(initial.offer);
  const [expectedRevision, setExpectedRevision] = useState<number | null>(caseStudy?.revisionCount ?? null);
  const [status, setStatus] = useState(caseStudy?.status ?? 'DRAFT');
  const [canSubmit, setCanSubmit] = useState(caseStudy?.viewerCan.submit ?? false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<{ action: SaveMode; errors: FormErrors } | null>(null);
  const [conflict, setConflict] = useState<{ latestRevision: number } | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [retryTick, setRetryTick] = useState(0);
  /** Content refused by the last autosave: not sent again until it changes. */
  const [blockedKey, setBlockedKey] = useState<string | null>(null);
  const requestFocus = useFocusRequest();

  const busyRef = useRef(false);
  /** Set once the page is leaving for good (new case study created): no more local writes. */
  const doneRef = useRef(false);
  const latestValues = useRef(values);

  const [createCaseStudy] = useMutation(CreateCaseStudyMutation, { update: forgetCaseStudyLists });
  const [updateCaseStudy] = useMutation(UpdateCaseStudyMutation, { update: forgetCaseStudyLists });
  const [submitCaseStudy] = useMutation(SubmitCaseStudyMutation, { update: forgetCaseStudyLists });

  const valuesKey = useMemo(() => contentKey(values), [values]);
  const savedKey = useMemo(() => contentKey(savedValues), [savedValues]);
  const dirty = valuesKey !== savedKey;
  const autosaveOn = caseStudy !== null && status === 'DRAFT';

  useEffect(() => {
    latestValues.current = values;
  });

  // ---- local copy

  const localCopy = useLocalCopy({
    values,
    delayMs: LOCAL_SAVE_DELAY_MS,
    // Not before the author chose between the stored draft and the server version, nor while
    // the server has the text.
    paused: offer !== null || !dirty,
    write: (at) =>
      doneRef.current
        ? undefined
        : writeLocalDraft(localKey, { savedAt: at, baseRevision: expectedRevision, values }),
  });

  // Back to what the server has: the local copy goes at once.
  useEffect(() => {
    if (offer === null && !dirty) removeLocalDraft(localKey);
  }, [dirty, offer, localKey]);

  // ---- server saves

  const showErrors = (formErrors: FormErrors, mode: SaveMode) => {
    setErrors({ action: mode, errors: formErrors });
    if (mode !== 'auto') {
      requestFocus(ID.summary);
    }
  };

  /** Saves the current values; true when the server has them. */
  const save = async (mode: SaveMode, revision?: number): Promise<boolean> => {
    if (busyRef.current) {
      return false;
    }
    const sent = values;
    const sentKey = contentKey(sent);
    if (caseStudy !== null && revision === undefined && sentKey === savedKey) {
      // Every update is a revision: an identical one would only clutter the history.
      setSaveState({ kind: 'unchanged' });
      return true;
    }
    const problems = validateValues(sent);
    if (Object.keys(problems).length > 0) {
      if (mode === 'auto') {
        setBlockedKey(sentKey);
        setSaveState({ kind: 'incomplete' });
      } else {
        setSaveState({ kind: 'idle' });
        showErrors(clientFormErrors(problems), mode);
      }
      return false;
    }

    busyRef.current = true;
    setBusy(true);
    setSaveState({ kind: 'saving' });
    try {
      if (caseStudy === null) {
        const result = await createCaseStudy({
          variables: { input: { ...contentInput(sent), ...(group !== null ? { groupId: group.id } : {}) } },
        });
        const created = getFragmentData(CaseStudyEditorFieldsFragment, result.data?.createCaseStudy);
        if (created == null) {
          throw new Error('createCaseStudy returned no data');
        }
        doneRef.current = true;
        removeLocalDraft(localKey);
        // Typed while the request was on its way: kept for the edit page, which offers it back.
        if (contentKey(latestValues.current) !== sentKey) {
          writeLocalDraft(localDraftKey(viewerId, created.id), {
            savedAt: new Date().toISOString(),
            baseRevision: created.revisionCount,
            values: latestValues.current,
          });
        }
        void navigate(caseStudyEditPath(created.slug), {
          replace: true,
          state: noticeState(
            'Votre brouillon est créé. Il est désormais enregistré automatiquement ; soumettez-le pour relecture quand il est prêt.',
          ),
        });
        return true;
      }

      const result = await updateCaseStudy({
        variables: {
          input: {
            id: caseStudy.id,
            expectedRevision: revision ?? expectedRevision ?? caseStudy.revisionCount,
            ...contentInput(sent),
          },
        },
      });
      const updated = getFragmentData(CaseStudyEditorFieldsFragment, result.data?.updateCaseStudy);
      if (updated == null) {
        throw new Error('updateCaseStudy returned no data');
      }
      setExpectedRevision(updated.revisionCount);
      setSavedValues(sent);
      setConflict(null);
      setErrors(null);
      setBlockedKey(null);
      setSaveState({ kind: 'saved', at: new Date().toISOString() });
      return true;
    } catch (error) {
      const info = describeApiError(error);
      if (info.code === 'CONFLICT' && info.fields.some(({ field }) => field === 'expectedRevision')) {
        const sentRevision = revision ?? expectedRevision ?? 0;
        setConflict({ latestRevision: latestRevisionOf(error) ?? sentRevision + 1 });
        setSaveState({ kind: 'conflict' });
        if (mode !== 'auto') {
          setErrors(null);
        }
        return false;
      }
      if (info.code === null) {
        setSaveState({ kind: 'offline' });
        if (mode === 'auto') {
          setRetryTick((tick) => tick + 1);
        } else {
          showErrors(
            {
              code: null,
              message: `${NETWORK_ERROR_MESSAGE} Vos modifications sont conservées sur cet appareil.`,
              fields: {},
            },
            mode,
          );
        }
        return false;
      }
      if (mode === 'auto') {
        setBlockedKey(sentKey);
      }
      setSaveState({ kind: 'refused' });
      showErrors(caseStudyFormErrors(error), mode);
      return false;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const autosave = useEffectEvent(() => {
    void save('auto');
  });

  useEffect(() => {
    if (!autosaveOn || !dirty || conflict !== null || offer !== null || busy || blockedKey === valuesKey) {
      return;
    }
    const timer = setTimeout(() => autosave(), SERVER_AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [valuesKey, autosaveOn, dirty, conflict, offer, busy, blockedKey, retryTick]);

  const submitForReview = async () => {
    if (caseStudy === null || busyRef.current) {
      return;
    }
    if (conflict !== null) {
      showErrors(
        {
          code: null,
          message:
            "Une autre version a été enregistrée entre-temps : choisissez d'abord la version à garder (ci-dessus), puis soumettez.",
          fields: {},
        },
        'submit',
      );
      return;
    }
    if (dirty && !(await save('submit'))) {
      return;
    }
    busyRef.current = true;
    setBusy(true);
    try {
      await submitCaseStudy({ variables: { input: { id: caseStudy.id } } });
      setStatus('IN_REVIEW');
      setCanSubmit(false);
      setErrors(null);
      setSubmitted(true);
      requestFocus(ID.notice);
    } catch (error) {
      showErrors(caseStudyFormErrors(error), 'submit');
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save('manual');
  };

  // ---- editing

  const update = (change: Partial<CaseStudyEditorValues>) => {
    setSubmitted(false);
    setValues((current) => ({ ...current, ...change }));
  };

  const updateRow = (key: string, change: Partial<FundingRow>) =>
    setValues((current) => ({
      ...current,
      fundingSources: current.fundingSources.map((row) => (row.key === key ? { ...row, ...change } : row)),
    }));

  const addRow = () => {
    const index = values.fundingSources.length;
    update({ fundingSources: [...values.fundingSources, { key: newRowKey(), name: '', amount: '' }] });
    requestFocus(fundingInputId(index, 'name'));
  };

  const removeRow = (key: string) => {
    update({ fundingSources: values.fundingSources.filter((row) => row.key !== key) });
    // Row errors are indexed: once a row is gone they would point at its neighbour.
    setErrors((current) =>
      current === null
        ? null
        : {
            ...current,
            errors: {
              ...current.errors,
              fields: Object.fromEntries(
                Object.entries(current.errors.fields).filter(([path]) => !path.startsWith('fundingSources.')),
              ),
            },
          },
    );
    requestFocus(ID.addFunding);
  };

  // ---- rendering

  const offered = new Set(themeGroups.flatMap((group) => [group.slug, ...group.children.map((c) => c.slug)]));
  const unavailable: ThemeOption[] = values.themeSlugs
    .filter((slug) => !offered.has(slug))
    .map((slug) => ({ slug, name: caseStudy?.themes.find((theme) => theme.slug === slug)?.name ?? slug }));
  const themesInputId = firstThemeInputId(themeGroups, unavailable);

  const fieldError = (path: string): string | undefined => errors?.errors.fields[path];
  const state = (path: string) => errorState(fieldError(path));
  const invalid = (path: string) => fieldError(path) !== undefined || undefined;

  if (offer !== null) {
    return (
      <LocalDraftOffer
        draft={offer}
        serverRevision={caseStudy?.revisionCount ?? null}
        onResume={() => {
          setValues(offer.values);
          if (offer.baseRevision !== null && caseStudy !== null) {
            // Saving will tell (CONFLICT) if the server moved on since the draft was written.
            setExpectedRevision(offer.baseRevision);
          }
          setOffer(null);
          requestFocus(ID.title);
        }}
        onIgnore={() => {
          removeLocalDraft(localKey);
          setOffer(null);
          requestFocus(ID.title);
        }}
      />
    );
  }

  const fundingTotal = values.fundingSources.reduce((sum, row) => {
    const amount = parseAmount(row.amount);
    return amount === null || Number.isNaN(amount) ? sum : sum + amount;
  }, 0);
  const solutionCount = parseSolutions(values.solutions).length;
  const statusText = saveStatusText(saveState);

  return (
    <>
      {caseStudy !== null && (
        <p className="fr-mb-3w">
          <Badge as="span" severity={caseStudyStatusSeverity(status)} small className="fr-mr-2w">
            {caseStudyStatusLabel(status)}
          </Badge>
          <Link to={caseStudyPath(caseStudy.slug)}>Voir la page du retour d'expérience</Link>
        </p>
      )}

      {caseStudy?.changesRequested != null && status === 'DRAFT' && (
        <Alert
          severity="warning"
          as="h2"
          className="fr-mb-4w"
          title="Modifications demandées par la modération"
          description={
            <>
              <p className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
                {caseStudy.changesRequested.comment}
              </p>
              <p className="fr-text--sm fr-mb-0">
                {caseStudy.changesRequested.reviewer === null ||
                caseStudy.changesRequested.reviewer === undefined
                  ? 'Demandé'
                  : `Demandé par ${caseStudy.changesRequested.reviewer.displayName}`}{' '}
                le{' '}
                <time dateTime={caseStudy.changesRequested.createdAt}>
                  {formatLongDate(caseStudy.changesRequested.createdAt)}
                </time>
                . Une fois les modifications faites, soumettez à nouveau pour relecture.
              </p>
            </>
          }
        />
      )}

      {submitted && (
        <div id={ID.notice} tabIndex={-1} className="fr-mb-4w">
          <Alert
            severity="success"
            as="h2"
            title="Votre retour d'expérience est en relecture"
            description="Un modérateur va le relire avant sa publication. Vous pouvez encore le modifier en attendant ; vous serez prévenu·e s'il demande des modifications."
          />
        </div>
      )}

      {status === 'PUBLISHED' && (
        <Alert
          severity="info"
          small
          className="fr-mb-4w"
          description="Ce retour d'expérience est publié : chaque enregistrement crée une nouvelle version, visible de tous dans son historique. Il n'est enregistré sur le serveur que lorsque vous cliquez sur « Enregistrer » ; en attendant, votre texte est conservé sur cet appareil."
        />
      )}
      {status === 'IN_REVIEW' && !submitted && (
        <Alert
          severity="info"
          small
          className="fr-mb-4w"
          description="Ce retour d'expérience est en relecture. Vos modifications sont enregistrées quand vous cliquez sur « Enregistrer » ; en attendant, votre texte est conservé sur cet appareil."
        />
      )}

      {conflict !== null && caseStudy !== null && (
        <ConflictPanel
          slug={caseStudy.slug}
          latestRevision={conflict.latestRevision}
          saving={busy}
          onOverwrite={(revision) => {
            setExpectedRevision(revision);
            void save('manual', revision);
          }}
        />
      )}

      {errors !== null && (
        <ErrorSummary
          id={ID.summary}
          title={
            errors.action === 'submit'
              ? "Le retour d'expérience n'a pas été soumis"
              : "Le retour d'expérience n'a pas été enregistré"
          }
          errors={errors.errors}
          paths={inFormOrder(Object.keys(errors.errors.fields))}
          labelOf={fieldLabel}
          inputIdOf={(path) => inputIdOf(path, themesInputId)}
        />
      )}

      <p className="fr-text--sm">
        Sauf mention « facultatif », tous les champs sont obligatoires. Votre texte est conservé sur cet
        appareil au fur et à mesure
        {autosaveOn
          ? ' et le brouillon est enregistré automatiquement sur le serveur.'
          : caseStudy === null
            ? ' ; il est enregistré sur le serveur quand vous créez le brouillon.'
            : '.'}
      </p>
      {/* One polite live region for every save outcome ("Enregistré à 14:32"). */}
      <p role="status" className="fr-text--sm fr-text--bold fr-mb-3w">
        {statusText}
      </p>

      <form onSubmit={onSubmit} noValidate>
        <Fieldset id="case-study-presentation" title="Présentation">
          <div className="fr-fieldset__element">
            <Input
              label="Titre"
              hintText={`De ${LIMITS.titleMin} à ${COUNT.format(LIMITS.titleMax)} caractères, par exemple « Passage de l'éclairage public aux LED ».`}
              nativeInputProps={{
                id: ID.title,
                value: values.title,
                required: true,
                onChange: (event) => update({ title: event.target.value }),
                'aria-describedby': `${ID.title}-counter`,
                'aria-invalid': invalid('title'),
              }}
              {...state('title')}
            />
            <Counter id={`${ID.title}-counter`} length={values.title.trim().length} max={LIMITS.titleMax} />
          </div>
          <div className="fr-fieldset__element">
            <Input
              textArea
              label="Résumé"
              hintText="Une à trois phrases : ce qui a été fait et ce que cela a donné. Il apparaît dans les listes."
              nativeTextAreaProps={{
                id: ID.summaryField,
                rows: 3,
                value: values.summary,
                required: true,
                onChange: (event) => update({ summary: event.target.value }),
                'aria-describedby': `${ID.summaryField}-counter`,
                'aria-invalid': invalid('summary'),
              }}
              {...state('summary')}
            />
            <Counter
              id={`${ID.summaryField}-counter`}
              length={values.summary.trim().length}
              max={LIMITS.summaryMax}
            />
          </div>
        </Fieldset>

        <Fieldset id="case-study-where" title="Territoire et thématiques">
          <div className="fr-fieldset__element">
            <TerritoryField
              label="Territoire concerné"
              inputId={ID.territory}
              text={values.territoryText}
              selected={values.territory}
              onTextChange={(text) =>
                update({
                  territoryText: text,
                  // Editing the text after a choice undoes the choice.
                  territory:
                    values.territory !== null && text === values.territory.name ? values.territory : null,
                })
              }
              onSelect={(territory) => update({ territory, territoryText: territory.name })}
              error={fieldError('territoryCode')}
            />
          </div>
          <div className="fr-fieldset__element">
            <ThemesField
              groups={themeGroups}
              unavailable={unavailable}
              selected={values.themeSlugs}
              onChange={(themeSlugs) => update({ themeSlugs })}
              error={fieldError('themeSlugs')}
            />
          </div>
        </Fieldset>

        <Fieldset id="case-study-budget" title="Calendrier et budget">
          <div className="fr-fieldset__element">
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-6">
                <Input
                  label="Date de début (facultatif)"
                  hintText="Au format jj/mm/aaaa."
                  nativeInputProps={{
                    id: ID.startedOn,
                    type: 'date',
                    value: values.startedOn,
                    onChange: (event) => update({ startedOn: event.target.value }),
                    'aria-invalid': invalid('startedOn'),
                  }}
                  {...state('startedOn')}
                />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <Input
                  label="Date de fin (facultatif)"
                  hintText="Laissez vide si le projet est en cours."
                  nativeInputProps={{
                    id: ID.endedOn,
                    type: 'date',
                    value: values.endedOn,
                    min: values.startedOn === '' ? undefined : values.startedOn,
                    onChange: (event) => update({ endedOn: event.target.value }),
                    'aria-invalid': invalid('endedOn'),
                  }}
                  {...state('endedOn')}
                />
              </div>
            </div>
          </div>
          <div className="fr-fieldset__element">
            <Input
              label="Coût total en euros TTC (facultatif)"
              hintText="Un montant sans centimes, par exemple 48 000."
              nativeInputProps={{
                id: ID.cost,
                inputMode: 'numeric',
                value: values.cost,
                onChange: (event) => update({ cost: event.target.value }),
                'aria-invalid': invalid('costEuros'),
              }}
              {...state('costEuros')}
            />
          </div>
          <div className="fr-fieldset__element">
            <FundingFieldset
              rows={values.fundingSources}
              total={fundingTotal}
              fieldError={fieldError}
              onChange={updateRow}
              onAdd={addRow}
              onRemove={removeRow}
            />
          </div>
        </Fieldset>

        <Fieldset id="case-study-story" title="Le récit">
          <div className="fr-fieldset__element">
            <p className="fr-text--sm">
              Ces champs acceptent la mise en forme Markdown : <code>**gras**</code>, <code>*italique*</code>,
              listes commençant par <code>-</code>, intertitres commençant par <code>##</code>, liens{' '}
              <code>[texte](https://…)</code>. Le bouton « Aperçu » montre le rendu final.
            </p>
            <MarkdownField
              id={ID.body}
              label="Le projet"
              hintText="Le contexte, les objectifs, ce qui a été fait, par qui et comment."
              value={values.body}
              onChange={(body) => update({ body })}
              error={fieldError('body')}
              required
              rows={14}
            />
          </div>
          <div className="fr-fieldset__element">
            <MarkdownField
              id={ID.results}
              label="Résultats (facultatif)"
              hintText="Ce qui a été mesuré : économies, fréquentation, satisfaction…"
              value={values.results}
              onChange={(results) => update({ results })}
              error={fieldError('results')}
              rows={8}
            />
          </div>
          <div className="fr-fieldset__element">
            <MarkdownField
              id={ID.environmentalAssessment}
              label="Bilan coûts/bénéfices et environnemental (facultatif)"
              hintText="Économies réalisées, impact des équipements (fabrication, durée de vie, renouvellement)."
              value={values.environmentalAssessment}
              onChange={(environmentalAssessment) => update({ environmentalAssessment })}
              error={fieldError('environmentalAssessment')}
              rows={8}
            />
          </div>
          <div className="fr-fieldset__element">
            <MarkdownField
              id={ID.lessonsLearned}
              label="Enseignements (facultatif)"
              hintText="Ce que vous referiez, ce que vous feriez autrement, les pièges à éviter."
              value={values.lessonsLearned}
              onChange={(lessonsLearned) => update({ lessonsLearned })}
              error={fieldError('lessonsLearned')}
              rows={8}
            />
          </div>
        </Fieldset>

        <Fieldset id="case-study-more" title="Pour aller plus loin">
          <div className="fr-fieldset__element">
            <Input
              label="Solutions utilisées (facultatif)"
              hintText={`Produits, logiciels, prestataires ou dispositifs, séparés par des virgules (${LIMITS.solutionsMax} au plus).`}
              nativeInputProps={{
                id: ID.solutions,
                value: values.solutions,
                onChange: (event) => update({ solutions: event.target.value }),
                'aria-describedby': `${ID.solutions}-counter`,
                'aria-invalid': invalid('solutionsUsed'),
              }}
              {...state('solutionsUsed')}
            />
            <p id={`${ID.solutions}-counter`} className="fr-hint-text fr-mt-n2w fr-mb-3w">
              {solutionCount} solution{solutionCount > 1 ? 's' : ''} sur {LIMITS.solutionsMax} au plus
            </p>
          </div>
          <div className="fr-fieldset__element">
            <Input
              textArea
              label="Contact (facultatif)"
              hintText="Un service ou une fonction à joindre pour en savoir plus, par exemple « Services techniques de la mairie ». Pas de numéro de téléphone personnel."
              nativeTextAreaProps={{
                id: ID.contact,
                rows: 3,
                value: values.contact,
                onChange: (event) => update({ contact: event.target.value }),
                'aria-describedby': `${ID.contact}-counter`,
                'aria-invalid': invalid('contact'),
              }}
              {...state('contact')}
            />
            <Counter
              id={`${ID.contact}-counter`}
              length={values.contact.trim().length}
              max={LIMITS.contactMax}
            />
          </div>
        </Fieldset>

        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li>
            <Button type="submit">{caseStudy === null ? 'Créer le brouillon' : 'Enregistrer'}</Button>
          </li>
          {caseStudy !== null && status === 'DRAFT' && canSubmit && (
            <li>
              <Button type="button" priority="secondary" onClick={() => void submitForReview()}>
                Soumettre pour relecture
              </Button>
            </li>
          )}
        </ul>
        <p className="fr-hint-text">
          {saveState.kind === 'saved' && (
            <>Dernier enregistrement sur le serveur : {TIME.format(new Date(saveState.at))}. </>
          )}
          {localCopyText(localCopy, 'enregistrez régulièrement')}
        </p>
      </form>
    </>
  );
}
