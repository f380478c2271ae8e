/** Offices an élu (or agent) may hold, from issue 3. */
export const MANDATE_ROLES = [
  'MAIRE',
  'ADJOINT',
  'CONSEILLER_MUNICIPAL',
  'CONSEILLER_COMMUNAUTAIRE',
  'PRESIDENT_EPCI',
  'VICE_PRESIDENT_EPCI',
  'CONSEILLER_DEPARTEMENTAL',
  'CONSEILLER_REGIONAL',
  'AGENT',
  'AUTRE',
] as const;
export type MandateRole = (typeof MANDATE_ROLES)[number];
