import type { GroupJoinPolicy, GroupRole, GroupVisibility } from '@pairs/web-graphql';

const VISIBILITY_LABELS: Record<GroupVisibility, string> = {
  PUBLIC: 'Groupe public',
  PRIVATE: 'Groupe privé',
};

/** What each visibility means, for the create form and the group page. */
const VISIBILITY_HINTS: Record<GroupVisibility, string> = {
  PUBLIC: 'Tout le monde lit ses échanges ; seuls ses membres y publient.',
  PRIVATE: 'Le groupe est listé, mais seuls ses membres lisent et publient ses échanges.',
};

const JOIN_POLICY_LABELS: Record<GroupJoinPolicy, string> = {
  OPEN: 'Ouvert',
  REQUEST: 'Sur demande',
  INVITE: 'Sur invitation',
};

const JOIN_POLICY_HINTS: Record<GroupJoinPolicy, string> = {
  OPEN: "Chacun rejoint le groupe d'un clic.",
  REQUEST: 'Les animateurs acceptent ou refusent chaque demande.',
  INVITE: 'Seuls les animateurs font entrer de nouveaux membres, en les invitant.',
};

export const GROUP_VISIBILITIES: readonly GroupVisibility[] = ['PUBLIC', 'PRIVATE'];
export const GROUP_JOIN_POLICIES: readonly GroupJoinPolicy[] = ['OPEN', 'REQUEST', 'INVITE'];

export function groupVisibilityLabel(visibility: GroupVisibility): string {
  return VISIBILITY_LABELS[visibility];
}

export function groupVisibilityHint(visibility: GroupVisibility): string {
  return VISIBILITY_HINTS[visibility];
}

export function joinPolicyLabel(policy: GroupJoinPolicy): string {
  return JOIN_POLICY_LABELS[policy];
}

export function joinPolicyHint(policy: GroupJoinPolicy): string {
  return JOIN_POLICY_HINTS[policy];
}

export function groupRoleLabel(role: GroupRole): string {
  return role === 'FACILITATOR' ? 'Animateur·rice' : 'Membre';
}

const COUNT = new Intl.NumberFormat('fr-FR');

/** "Aucun groupe", "1 groupe", "12 groupes". */
export function formatGroupCount(count: number): string {
  if (count === 0) return 'Aucun groupe';
  return `${COUNT.format(count)} groupe${count > 1 ? 's' : ''}`;
}

/** The message shown instead of a private group's content to those who may not read it. */
export const PRIVATE_GROUP_MESSAGE = 'Ce groupe est privé : ses échanges sont réservés à ses membres.';
