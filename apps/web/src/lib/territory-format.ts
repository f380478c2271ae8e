import type { MandateRole, TerritoryKind } from '@pairs/web-graphql';
import { mandateRoleLabel } from './mandate-roles';

const KIND_LABELS: Record<TerritoryKind, string> = {
  COMMUNE: 'Commune',
  EPCI: 'EPCI',
  DEPARTEMENT: 'Département',
  REGION: 'Région',
};

const INTEGER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

export function territoryKindLabel(kind: TerritoryKind): string {
  return KIND_LABELS[kind];
}

/** 42971 → "42 971" (French digit grouping, with a narrow no-break space). */
export function formatPopulation(population: number): string {
  return INTEGER.format(population);
}

export interface TerritorySummary {
  name: string;
  kind: TerritoryKind;
  inseeCode: string;
  population?: number | null;
}

/** One suggestion of the territory combobox: "Châlons-en-Champagne — Commune (51108), 42 971 hab." */
export function territoryOptionLabel({ name, kind, inseeCode, population }: TerritorySummary): string {
  const head = `${name} — ${territoryKindLabel(kind)} (${inseeCode})`;
  return population == null ? `${head}.` : `${head}, ${formatPopulation(population)} hab.`;
}

/** A mandate on a profile: "Maire — Anost (Commune, 695 habitants)". */
export function mandateLabel(
  role: MandateRole,
  territory: { name: string; kind: TerritoryKind; population?: number | null },
): string {
  const details = [territoryKindLabel(territory.kind)];
  if (territory.population != null) {
    details.push(`${formatPopulation(territory.population)} habitant${territory.population > 1 ? 's' : ''}`);
  }
  return `${mandateRoleLabel(role)} — ${territory.name} (${details.join(', ')})`;
}
