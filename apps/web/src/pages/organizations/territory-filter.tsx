import { useQuery } from '@apollo/client/react';
import { graphql } from '@pairs/web-graphql';
import { useState } from 'react';
import { TerritoryField, type TerritoryChoice } from '../account/territory-field';

/** The territory of a `?territoire=<code>` link, to show its name in the field and the filter tag. */
export const TerritoryFilterQuery = graphql(`
  query TerritoryFilter($code: String!) {
    territory(code: $code) {
      id
      code
      inseeCode
      name
      kind
      population
    }
  }
`);

/** The territory of the filter (null: none, or not loaded yet). */
export function useFilterTerritory(code: string | null): TerritoryChoice | null {
  const { data } = useQuery(TerritoryFilterQuery, { variables: { code: code ?? '' }, skip: code === null });
  return code === null ? null : (data?.territory ?? null);
}

export interface TerritoryFilterProps {
  /** The territory of the URL. */
  selected: TerritoryChoice | null;
  /** Code of the URL (the field empties when the filter is removed elsewhere, e.g. by its tag). */
  code: string | null;
  onSelect: (code: string) => void;
  label: string;
}

/** A list filter on a territory: the same accessible combobox as the profile's mandates. */
export function TerritoryFilter({ selected, code, onSelect, label }: TerritoryFilterProps) {
  const [text, setText] = useState(selected?.name ?? '');
  // The filter changed from outside the field (tag removed, link followed): show what is in force.
  const shownKey = `${code ?? ''}|${selected?.name ?? ''}`;
  const [lastKey, setLastKey] = useState(shownKey);
  // While the name of a new code loads, keep what the field shows (the name just picked).
  const loadingName = code !== null && selected === null;
  if (lastKey !== shownKey && !loadingName) {
    setLastKey(shownKey);
    setText(selected?.name ?? '');
  }
  return (
    <TerritoryField
      label={label}
      text={text}
      onTextChange={setText}
      selected={selected}
      onSelect={(territory) => {
        setText(territory.name);
        onSelect(territory.code);
      }}
      required={false}
    />
  );
}
