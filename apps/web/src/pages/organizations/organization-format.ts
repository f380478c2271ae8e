import type { OrganizationKind, OrganizationRole } from '@pairs/web-graphql';

/** French name of each kind of organisation; a `Record` refuses a new kind until it has one. */
const KIND_LABELS: Record<OrganizationKind, string> = {
  HUB_TERRITORIAL: 'Hub de territoire',
  SYNDICAT_MIXTE: 'Syndicat mixte',
  AGENCE_URBANISME: "Agence d'urbanisme",
  AGENCE_ETAT: "Agence de l'État",
  ASSOCIATION_ELUS: "Association d'élus",
  COLLECTIVITE: 'Collectivité',
  AUTRE: 'Autre',
};

/** Kinds in the order the directory's filter offers them. */
export const ORGANIZATION_KIND_OPTIONS = (Object.keys(KIND_LABELS) as OrganizationKind[]).map((kind) => ({
  kind,
  label: KIND_LABELS[kind],
}));

export function organizationKindLabel(kind: OrganizationKind): string {
  return KIND_LABELS[kind];
}

export function organizationRoleLabel(role: OrganizationRole): string {
  return role === 'ADMIN' ? 'Administrateur·rice' : 'Membre';
}

const COUNT = new Intl.NumberFormat('fr-FR');

/** "Aucune organisation", "1 organisation", "12 organisations". */
export function formatOrganizationCount(count: number): string {
  if (count === 0) return 'Aucune organisation';
  return `${COUNT.format(count)} organisation${count > 1 ? 's' : ''}`;
}

/** "Aucun membre", "1 membre", "12 membres". */
export function formatMemberCount(count: number): string {
  if (count === 0) return 'Aucun membre';
  return `${COUNT.format(count)} membre${count > 1 ? 's' : ''}`;
}

/** "Territoire couvert : Saône-et-Loire", or national when none is set. */
export function territoryCoveredText(territory: { name: string } | null | undefined): string {
  return territory == null ? 'Territoire couvert : national' : `Territoire couvert : ${territory.name}`;
}
