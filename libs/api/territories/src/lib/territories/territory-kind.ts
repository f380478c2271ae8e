/** The four levels of the French administrative map that Pairs knows. */
export enum TerritoryKind {
  REGION = 'REGION',
  DEPARTEMENT = 'DEPARTEMENT',
  EPCI = 'EPCI',
  COMMUNE = 'COMMUNE',
}

export const TERRITORY_KINDS: readonly TerritoryKind[] = Object.values(TerritoryKind);

/** Links a territory row carries to the territories above it. */
export interface TerritoryLinks {
  kind: TerritoryKind;
  regionId: string | null;
  departementId: string | null;
  epciId: string | null;
}

/**
 * The territory directly above in the State's hierarchy: the département of a commune, the
 * région of a département. An EPCI has none (it may span several départements), nor has a région.
 */
export function parentIdOf(territory: TerritoryLinks): string | null {
  switch (territory.kind) {
    case TerritoryKind.COMMUNE:
      return territory.departementId;
    case TerritoryKind.DEPARTEMENT:
      return territory.regionId;
    case TerritoryKind.EPCI:
    case TerritoryKind.REGION:
      return null;
  }
}
