import { skipToken, useQuery } from '@apollo/client/react';
import { graphql, type DocumentType } from '@pairs/web-graphql';
import { Combobox } from '@pairs/web-ui';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { territoryOptionLabel } from '../../lib/territory-format';

export const TerritorySearchQuery = graphql(`
  query TerritorySearch($search: String!, $first: Int) {
    territories(search: $search, first: $first) {
      id
      code
      inseeCode
      name
      kind
      population
    }
  }
`);

export type TerritoryChoice = DocumentType<typeof TerritorySearchQuery>['territories'][number];

/** Pause after the last keystroke before searching. */
export const TERRITORY_SEARCH_DELAY_MS = 200;
const RESULT_COUNT = 10;
/** The API refuses longer searches. */
const MAX_SEARCH_LENGTH = 100;

export interface TerritoryFieldProps {
  /** Text typed in the field. */
  text: string;
  onTextChange: (text: string) => void;
  /** The territory chosen for this mandate, if any. */
  selected: TerritoryChoice | null;
  onSelect: (territory: TerritoryChoice) => void;
  error?: string;
  inputId?: string;
  /** Visible label; the profile editor's by default. */
  label?: string;
  /** False for a search filter, where the field may stay empty. */
  required?: boolean;
}

function resultsMessage(count: number): string {
  if (count === 0) {
    return 'Aucun territoire trouvé.';
  }
  const plural = count > 1 ? 's' : '';
  return `${count} territoire${plural} trouvé${plural}. Parcourez la liste avec les flèches haut et bas, choisissez avec Entrée.`;
}

/** Territory of a mandate: the accessible combobox of @pairs/web-ui, fed by `territories(search)`. */
export function TerritoryField({
  text,
  onTextChange,
  selected,
  onSelect,
  error,
  inputId,
  label = 'Territoire du mandat',
  required = true,
}: TerritoryFieldProps) {
  const search = text.trim();
  const debouncedSearch = useDebouncedValue(search, TERRITORY_SEARCH_DELAY_MS);
  // Once a territory is chosen the field shows its name: no need to search it again.
  const searchable =
    debouncedSearch !== '' && debouncedSearch.length <= MAX_SEARCH_LENGTH && text !== selected?.name;
  const {
    data,
    previousData,
    loading,
    error: searchError,
  } = useQuery(
    TerritorySearchQuery,
    searchable ? { variables: { search: debouncedSearch, first: RESULT_COUNT } } : skipToken,
  );

  const results = searchable ? ((data ?? previousData)?.territories ?? []) : [];
  const pending = search !== debouncedSearch || loading;

  let statusMessage = '';
  let emptyMessage: string | undefined;
  if (searchError !== undefined) {
    statusMessage = emptyMessage = 'La recherche de territoires a échoué. Réessayez dans un instant.';
  } else if (search !== '' && pending) {
    statusMessage = 'Recherche en cours…';
  } else if (searchable) {
    statusMessage = resultsMessage(results.length);
    emptyMessage = results.length === 0 ? 'Aucun territoire ne correspond à cette recherche.' : undefined;
  }

  return (
    <Combobox
      label={label}
      hintText={
        selected === null
          ? 'Commune, intercommunalité, département ou région : tapez le début du nom ou le code INSEE.'
          : `Territoire choisi : ${territoryOptionLabel(selected)}`
      }
      inputId={inputId}
      inputValue={text}
      onInputChange={onTextChange}
      options={results.map((territory) => ({ id: territory.code, label: territoryOptionLabel(territory) }))}
      onSelect={({ id }) => {
        const territory = results.find(({ code }) => code === id);
        if (territory !== undefined) {
          onSelect(territory);
        }
      }}
      statusMessage={statusMessage}
      emptyMessage={emptyMessage}
      errorMessage={error}
      required={required}
    />
  );
}
