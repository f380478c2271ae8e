import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ErrorCode } from '@pairs/shared-domain';
import { describeApiError } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../lib/form-errors';
import {
  firstThemeInputId,
  ThemesField,
  type ThemeOption,
} from '../case-studies/case-study-editor-themes-field';
import {
  forgetThreadLists,
  LockQuestionMutation,
  MoveQuestionMutation,
  PinQuestionMutation,
  UnlockQuestionMutation,
  UnpinQuestionMutation,
} from './question-operations';
import { useQuestionThemes } from './question-themes';
import { questionFieldMessage } from './question-values';

const THEMES_FIELD_ID = 'question-moderation-themes';

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN: 'Seuls les modérateurs peuvent effectuer cette action.',
};

export interface QuestionModerationProps {
  thread: {
    id: string;
    status: string;
    pinned: boolean;
    themes: ReadonlyArray<{ slug: string; name: string }>;
  };
}

type Action = 'pin' | 'unpin' | 'lock' | 'unlock' | 'move';
/** An action of a button that says the opposite once it is done. */
type Toggle = Exclude<Action, 'move'>;

const TOGGLE_LABELS: Record<Toggle, string> = {
  pin: 'Épingler',
  unpin: 'Désépingler',
  lock: 'Verrouiller',
  unlock: 'Déverrouiller',
};

const DONE: Record<Action, string> = {
  pin: 'La question est épinglée : elle apparaît en tête de la liste.',
  unpin: "La question n'est plus épinglée.",
  lock: 'La discussion est verrouillée : seuls les modérateurs peuvent encore y répondre ou la modifier.',
  unlock: 'La discussion est déverrouillée.',
  move: 'Les thématiques de la question sont modifiées.',
};

const FAILED: Record<Action, string> = {
  pin: "La question n'a pas été épinglée",
  unpin: "La question n'a pas été désépinglée",
  lock: "La discussion n'a pas été verrouillée",
  unlock: "La discussion n'a pas été déverrouillée",
  move: "Les thématiques n'ont pas été modifiées",
};

/** Moderators' actions on a thread (shown only when `viewerCan.moderate`): pin, lock, change themes. */
export function QuestionModeration({ thread }: QuestionModerationProps) {
  const [pin, pinState] = useMutation(PinQuestionMutation, { update: forgetThreadLists });
  const [unpin, unpinState] = useMutation(UnpinQuestionMutation, { update: forgetThreadLists });
  const [lock, lockState] = useMutation(LockQuestionMutation, { update: forgetThreadLists });
  const [unlock, unlockState] = useMutation(UnlockQuestionMutation, { update: forgetThreadLists });
  const [move, moveState] = useMutation(MoveQuestionMutation, { update: forgetThreadLists });
  const busy =
    pinState.loading || unpinState.loading || lockState.loading || unlockState.loading || moveState.loading;
  const [done, setDone] = useState<Action | null>(null);
  const [failure, setFailure] = useState<{ action: Action; message: string } | null>(null);
  const [editingThemes, setEditingThemes] = useState(false);
  const [themeSlugs, setThemeSlugs] = useState<string[]>([]);
  const [themesError, setThemesError] = useState<string | undefined>(undefined);
  const themes = useQuestionThemes(!editingThemes);
  const themesButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const variables = { input: { threadId: thread.id } };
  const toggle: Record<Toggle, () => Promise<unknown>> = {
    pin: () => pin({ variables }),
    unpin: () => unpin({ variables }),
    lock: () => lock({ variables }),
    unlock: () => unlock({ variables }),
  };
  const toggles: { action: Toggle; object: string }[] = [
    { action: thread.pinned ? 'unpin' : 'pin', object: 'la question' },
    { action: thread.status === 'LOCKED' ? 'unlock' : 'lock', object: 'la discussion' },
  ];
  const groups = themes.groups;

  // Into the themes form once it is shown, back to its button when it closes.
  useEffect(() => {
    if (editingThemes && groups !== undefined) {
      wasEditing.current = true;
      document.getElementById(firstThemeInputId(groups, [], THEMES_FIELD_ID))?.focus();
    } else if (!editingThemes && wasEditing.current) {
      wasEditing.current = false;
      themesButtonRef.current?.focus();
    }
  }, [editingThemes, groups]);

  const run = (action: Action, mutate: () => Promise<unknown>, after?: () => void) => {
    if (busy) return;
    setDone(null);
    setFailure(null);
    void (async () => {
      try {
        await mutate();
        setDone(action);
        after?.();
      } catch (error) {
        const field = describeApiError(error).fields.find((item) => item.field.startsWith('themeSlugs'));
        if (field !== undefined) setThemesError(questionFieldMessage(field.field, field.reason));
        setFailure({ action, message: formErrorsFrom(error, PAGE_MESSAGES).message });
      }
    })();
  };

  const onMove = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (themeSlugs.length === 0) {
      setThemesError(questionFieldMessage('themeSlugs', 'required'));
      return;
    }
    setThemesError(undefined);
    run(
      'move',
      () => move({ variables: { input: { threadId: thread.id, themeSlugs } } }),
      () => setEditingThemes(false),
    );
  };

  const offered = new Set(
    (groups ?? []).flatMap((group) => [group.slug, ...group.children.map((c) => c.slug)]),
  );
  const unavailable: ThemeOption[] = thread.themes
    .filter((theme) => themeSlugs.includes(theme.slug) && !offered.has(theme.slug))
    .map((theme) => ({ slug: theme.slug, name: theme.name }));

  return (
    <section aria-labelledby="moderation-titre" className="fr-mb-6w">
      <h2 id="moderation-titre" className="fr-h5">
        Modération
      </h2>
      <div role="status">{done !== null && <p className="fr-text--sm fr-text--bold">{DONE[done]}</p>}</div>
      {failure !== null && (
        <ErrorAlert title={FAILED[failure.action]} message={failure.message} as="h3" className="fr-mb-2w" />
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        {toggles.map(({ action, object }) => (
          <li key={object}>
            <Button type="button" priority="secondary" onClick={() => run(action, toggle[action])}>
              {TOGGLE_LABELS[action]}
              <span className="fr-sr-only"> {object}</span>
            </Button>
          </li>
        ))}
        <li>
          <Button
            type="button"
            priority="secondary"
            ref={themesButtonRef}
            nativeButtonProps={{ 'aria-expanded': editingThemes, 'aria-controls': 'moderation-thematiques' }}
            onClick={() => {
              setThemeSlugs(thread.themes.map((theme) => theme.slug));
              setThemesError(undefined);
              setEditingThemes((open) => !open);
            }}
          >
            Changer les thématiques
          </Button>
        </li>
      </ul>
      <div id="moderation-thematiques" hidden={!editingThemes}>
        {editingThemes &&
          (groups === undefined ? (
            themes.loading ? (
              <p role="status">Chargement des thématiques…</p>
            ) : (
              <ErrorAlert
                title="Impossible d'afficher les thématiques"
                message={describeApiError(themes.error).message}
                as="h3"
              />
            )
          ) : (
            <form onSubmit={onMove} noValidate>
              <ThemesField
                id={THEMES_FIELD_ID}
                groups={groups}
                unavailable={unavailable}
                selected={themeSlugs}
                onChange={setThemeSlugs}
                error={themesError}
                hintText="De 1 à 5 thématiques : la question apparaîtra sur leurs pages."
              />
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
                <li>
                  <Button type="submit">Enregistrer les thématiques</Button>
                </li>
                <li>
                  <Button type="button" priority="secondary" onClick={() => setEditingThemes(false)}>
                    Annuler
                  </Button>
                </li>
              </ul>
            </form>
          ))}
      </div>
    </section>
  );
}
