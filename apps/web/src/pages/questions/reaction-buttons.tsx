import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactionKind } from '@pairs/shared-domain';
import { describeApiError } from '@pairs/web-graphql';
import { useState } from 'react';
import { ReactMutation, UnreactMutation } from './question-operations';

export interface ReactionSummary {
  targetId: string;
  useful: number;
  thanks: number;
  mine: readonly ReactionKind[];
}

/** What the API sends back, and the optimistic answer shown before it. */
interface ReactionResult {
  targetId: string;
  useful: number;
  thanks: number;
  mine: ReactionKind[];
}

export interface ReactionButtonsProps {
  reactions: ReactionSummary;
  /** `viewerCan.react`: members, not on their own posts, not on a deleted reply. */
  canReact: boolean;
  /** What is reacted to, for the buttons' names: "la question", "la réponse de Jean Dupont". */
  target: string;
}

const NUMBER = new Intl.NumberFormat('fr-FR');

const KINDS: ReadonlyArray<{ kind: ReactionKind; label: string; action: (target: string) => string }> = [
  { kind: 'USEFUL', label: 'Utile', action: (target) => `Marquer comme utile ${target}` },
  { kind: 'THANKS', label: 'Merci', action: (target) => `Dire merci pour ${target}` },
];

function countOf(reactions: ReactionSummary, kind: ReactionKind): number {
  return kind === 'USEFUL' ? reactions.useful : reactions.thanks;
}

/** The summary after adding (or removing) the viewer's reaction: shown before the API answers. */
function toggled(reactions: ReactionSummary, kind: ReactionKind, add: boolean): ReactionResult {
  const delta = add ? 1 : -1;
  return {
    targetId: reactions.targetId,
    useful: Math.max(0, reactions.useful + (kind === 'USEFUL' ? delta : 0)),
    thanks: Math.max(0, reactions.thanks + (kind === 'THANKS' ? delta : 0)),
    mine: add ? [...reactions.mine, kind] : reactions.mine.filter((mine) => mine !== kind),
  };
}

/**
 * "Utile" and "Merci" as toggle buttons (`aria-pressed`) with their counts, for members who may
 * react; the counts alone otherwise. The API's summary updates the cache (keyed by `targetId`).
 */
export function ReactionButtons({ reactions, canReact, target }: ReactionButtonsProps) {
  const [react, reactState] = useMutation(ReactMutation);
  const [unreact, unreactState] = useMutation(UnreactMutation);
  const [error, setError] = useState<string | null>(null);
  const busy = reactState.loading || unreactState.loading;

  if (!canReact) {
    if (reactions.useful === 0 && reactions.thanks === 0) return null;
    return (
      <p className="fr-text--sm fr-mb-1w">
        {KINDS.map(({ kind, label }) => `${label} : ${NUMBER.format(countOf(reactions, kind))}`).join(' · ')}
      </p>
    );
  }

  const toggle = (kind: ReactionKind) => {
    // Not disabled while sending: a disabled button would lose the keyboard focus.
    if (busy) return;
    const add = !reactions.mine.includes(kind);
    const optimistic = { __typename: 'ReactionSummary' as const, ...toggled(reactions, kind, add) };
    const variables = { input: { targetId: reactions.targetId, kind } };
    setError(null);
    void (async () => {
      try {
        if (add) await react({ variables, optimisticResponse: { react: optimistic } });
        else await unreact({ variables, optimisticResponse: { unreact: optimistic } });
      } catch (caught) {
        setError(`Votre réaction n'a pas été enregistrée. ${describeApiError(caught).message}`);
      }
    })();
  };

  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0">
        {KINDS.map(({ kind, label, action }) => {
          const pressed = reactions.mine.includes(kind);
          return (
            <li key={kind}>
              <Button
                type="button"
                priority={pressed ? 'secondary' : 'tertiary'}
                size="small"
                nativeButtonProps={{ 'aria-pressed': pressed }}
                onClick={() => toggle(kind)}
              >
                {/* One child: the button is a flex box, which would drop the spaces between several. */}
                <span>
                  <span className="fr-sr-only">{action(target)}</span>
                  <span aria-hidden="true">
                    {pressed ? '✓ ' : ''}
                    {label}
                  </span>{' '}
                  ({NUMBER.format(countOf(reactions, kind))})
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      {error !== null && (
        <p className="fr-message fr-message--error fr-mb-1w" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
