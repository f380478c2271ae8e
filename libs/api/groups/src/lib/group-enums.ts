import { registerEnumType } from '@nestjs/graphql';
import {
  GroupJoinPolicy,
  GroupMembershipStatus,
  GroupRole,
  GroupVisibility,
  OrganizationKind,
  OrganizationRole,
} from '@pairs/shared-domain';

// The GraphQL enums of the groups context, registered once (models and inputs import this file).

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  valuesMap: {
    HUB_TERRITORIAL: { description: 'Hub de territoire (numérique, transition…).' },
    SYNDICAT_MIXTE: { description: 'Syndicat mixte.' },
    AGENCE_URBANISME: { description: "Agence d'urbanisme." },
    AGENCE_ETAT: { description: "Agence de l'État (ANCT, Cerema…)." },
    ASSOCIATION_ELUS: { description: "Association d'élus." },
    COLLECTIVITE: { description: 'Collectivité territoriale.' },
    AUTRE: { description: 'Other.' },
  },
});
registerEnumType(OrganizationRole, {
  name: 'OrganizationRole',
  valuesMap: {
    ADMIN: { description: 'Edits the organisation, manages its members and creates its groups.' },
    MEMBER: { description: 'Staff listed on the organisation page.' },
  },
});
registerEnumType(GroupVisibility, {
  name: 'GroupVisibility',
  valuesMap: {
    PUBLIC: { description: 'Anyone reads; members post.' },
    PRIVATE: { description: 'Listed, but only its active members read and post.' },
  },
});
registerEnumType(GroupJoinPolicy, {
  name: 'GroupJoinPolicy',
  valuesMap: {
    OPEN: { description: 'Joining is immediate.' },
    REQUEST: { description: 'A request that a facilitator accepts or rejects.' },
    INVITE: { description: 'By invitation only.' },
  },
});
registerEnumType(GroupMembershipStatus, {
  name: 'GroupMembershipStatus',
  valuesMap: {
    ACTIVE: { description: 'A member.' },
    PENDING: { description: 'Asked to join; waiting for a decision.' },
    INVITED: { description: 'Invited; waiting for their answer.' },
    REJECTED: { description: 'Their request was rejected; they may ask again.' },
    BANNED: { description: 'Removed and banned: may not join again.' },
  },
});
registerEnumType(GroupRole, {
  name: 'GroupRole',
  valuesMap: {
    MEMBER: { description: 'Reads and posts.' },
    FACILITATOR: { description: 'Runs the group: decides requests, invites, moderates its threads.' },
  },
});
