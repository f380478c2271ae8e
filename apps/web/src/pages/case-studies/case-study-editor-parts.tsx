import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { CASE_STUDY_LIMITS as LIMITS } from '@pairs/shared-domain';
import type { ReactNode } from 'react';
import { errorState } from '../../lib/form-errors';
import { DraftOffer } from '../../ui/draft-offer';
import type { LocalDraft } from './case-study-editor-storage';
import type { FundingRow } from './case-study-editor-values';
import { formatEuros } from './case-study-format';

// Presentational parts of the case study editor (the form holds the state).

const COUNT = new Intl.NumberFormat('fr-FR');

/** Ids of the editor's fields, targets of the error summary links and of focus moves. */
export const ID = {
  summary: 'case-study-error-summary',
  notice: 'case-study-submitted',
  title: 'case-study-title',
  summaryField: 'case-study-summary',
  territory: 'case-study-territory',
  startedOn: 'case-study-started-on',
  endedOn: 'case-study-ended-on',
  cost: 'case-study-cost',
  addFunding: 'case-study-add-funding',
  body: 'case-study-body',
  results: 'case-study-results',
  environmentalAssessment: 'case-study-environmental-assessment',
  lessonsLearned: 'case-study-lessons-learned',
  solutions: 'case-study-solutions',
  contact: 'case-study-contact',
} as const;

export function fundingInputId(index: number, part: 'name' | 'amount'): string {
  return `case-study-funding-${index}-${part}`;
}

/** A group of fields with a level-2 heading as its legend. */
export function Fieldset({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset className="fr-fieldset fr-mb-4w" aria-labelledby={`${id}-legend`}>
      <legend className="fr-fieldset__legend" id={`${id}-legend`}>
        <h2 className="fr-h4 fr-mb-0">{title}</h2>
      </legend>
      {children}
    </fieldset>
  );
}

export function Counter({ id, length, max }: { id: string; length: number; max: number }) {
  return (
    <p
      id={id}
      className={`fr-mt-n2w fr-mb-3w ${length > max ? 'fr-message fr-message--error' : 'fr-hint-text'}`}
    >
      {COUNT.format(length)} / {COUNT.format(max)} caractères{length > max ? ' : trop long' : ''}
    </p>
  );
}

interface FundingFieldsetProps {
  rows: readonly FundingRow[];
  total: number;
  fieldError: (path: string) => string | undefined;
  onChange: (key: string, change: Partial<FundingRow>) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

export function FundingFieldset({
  rows,
  total,
  fieldError,
  onChange,
  onAdd,
  onRemove,
}: FundingFieldsetProps) {
  const groupError = fieldError('fundingSources');
  return (
    <fieldset
      className={`fr-fieldset${groupError === undefined ? '' : ' fr-fieldset--error'}`}
      aria-labelledby={`case-study-funding-legend${groupError === undefined ? '' : ' case-study-funding-message'}`}
    >
      <legend className="fr-fieldset__legend fr-text--regular" id="case-study-funding-legend">
        Financements (facultatif)
        <span className="fr-hint-text">
          Qui a financé le projet, et pour combien : subventions, fonds propres, mécénat…
        </span>
      </legend>
      {rows.map((row, index) => {
        const legendId = `case-study-funding-${index}-legend`;
        const nameError = fieldError(`fundingSources.${index}.name`);
        const amountError = fieldError(`fundingSources.${index}.amountEuros`);
        return (
          <div className="fr-fieldset__element" key={row.key}>
            <fieldset className="fr-fieldset fr-mb-0" aria-labelledby={legendId}>
              <legend className="fr-fieldset__legend fr-text--regular fr-text--bold" id={legendId}>
                Financement {index + 1}
              </legend>
              <div className="fr-fieldset__element fr-fieldset__element--inline">
                <Input
                  label="Financeur"
                  nativeInputProps={{
                    id: fundingInputId(index, 'name'),
                    value: row.name,
                    required: true,
                    maxLength: LIMITS.fundingNameMax,
                    onChange: (event) => onChange(row.key, { name: event.target.value }),
                    'aria-invalid': nameError !== undefined || undefined,
                  }}
                  {...errorState(nameError)}
                />
              </div>
              <div className="fr-fieldset__element fr-fieldset__element--inline">
                <Input
                  label="Montant en euros"
                  nativeInputProps={{
                    id: fundingInputId(index, 'amount'),
                    inputMode: 'numeric',
                    value: row.amount,
                    required: true,
                    onChange: (event) => onChange(row.key, { amount: event.target.value }),
                    'aria-invalid': amountError !== undefined || undefined,
                  }}
                  {...errorState(amountError)}
                />
              </div>
              <div className="fr-fieldset__element">
                <Button type="button" priority="tertiary" size="small" onClick={() => onRemove(row.key)}>
                  Retirer le financement {index + 1}
                </Button>
              </div>
            </fieldset>
          </div>
        );
      })}
      <div className="fr-fieldset__element">
        {rows.length > 0 && (
          <p className="fr-text--sm">Total des financements indiqués : {formatEuros(total)}</p>
        )}
        <Button
          id={ID.addFunding}
          type="button"
          priority="secondary"
          size="small"
          disabled={rows.length >= LIMITS.fundingSourcesMax}
          onClick={onAdd}
        >
          Ajouter un financement
        </Button>
      </div>
      <div className="fr-messages-group" aria-live="polite">
        {groupError !== undefined && (
          <p className="fr-message fr-message--error" id="case-study-funding-message">
            {groupError}
          </p>
        )}
      </div>
    </fieldset>
  );
}

interface LocalDraftOfferProps {
  draft: LocalDraft;
  serverRevision: number | null;
  onResume: () => void;
  onIgnore: () => void;
}

/** A local draft differs from the server version: the author decides before editing. */
export function LocalDraftOffer({ draft, serverRevision, onResume, onIgnore }: LocalDraftOfferProps) {
  const outdated =
    serverRevision !== null && draft.baseRevision !== null && draft.baseRevision < serverRevision;
  const title = draft.values.title.trim();
  return (
    <DraftOffer
      savedAt={draft.savedAt}
      title={title}
      written="écrit sur cet appareil un texte qui n'a pas été enregistré sur le serveur"
      resumeLabel="Reprendre le brouillon local"
      onResume={onResume}
      onIgnore={onIgnore}
    >
      {outdated && (
        <p className="fr-mb-2w">
          Attention : une version plus récente a été enregistrée sur le serveur depuis. Si vous reprenez le
          brouillon local, vous pourrez consulter cette version avant de choisir laquelle garder.
        </p>
      )}
      <p className="fr-mb-2w">
        Reprenez-le pour continuer là où vous en étiez, ou ignorez-le pour repartir de la version du serveur
        (le brouillon local sera supprimé).
      </p>
    </DraftOffer>
  );
}
