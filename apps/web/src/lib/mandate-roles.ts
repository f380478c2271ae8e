import type { MandateRole } from '@pairs/web-graphql';

/** French labels, in the order of the role list of the profile editor (inclusive writing). */
const MANDATE_ROLE_LABELS: Record<MandateRole, string> = {
  MAIRE: 'Maire',
  ADJOINT: 'Adjoint·e',
  CONSEILLER_MUNICIPAL: 'Conseiller·ère municipal·e',
  CONSEILLER_COMMUNAUTAIRE: 'Conseiller·ère communautaire',
  PRESIDENT_EPCI: "Président·e d'EPCI",
  VICE_PRESIDENT_EPCI: "Vice-président·e d'EPCI",
  CONSEILLER_DEPARTEMENTAL: 'Conseiller·ère départemental·e',
  CONSEILLER_REGIONAL: 'Conseiller·ère régional·e',
  AGENT: 'Agent·e / chargé·e de mission',
  AUTRE: 'Autre',
};

export const MANDATE_ROLES = Object.keys(MANDATE_ROLE_LABELS) as MandateRole[];

export function mandateRoleLabel(role: MandateRole): string {
  return MANDATE_ROLE_LABELS[role];
}

export function isMandateRole(value: string): value is MandateRole {
  return Object.hasOwn(MANDATE_ROLE_LABELS, value);
}
