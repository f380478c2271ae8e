import { GROUP_LIMITS as LIMITS } from '@pairs/shared-domain';
import { fieldErrorMessage, type GroupJoinPolicy, type GroupVisibility } from '@pairs/web-graphql';
import type { FieldErrorMapping } from '../../lib/form-errors';

/** What the create and edit forms of a group hold. */
export interface GroupValues {
  name: string;
  description: string;
  themeSlugs: string[];
  visibility: GroupVisibility;
  joinPolicy: GroupJoinPolicy;
  requiresVerifiedMandate: boolean;
}

/** A new group starts private and on request: nothing is exposed before its facilitators decide. */
export const EMPTY_GROUP_VALUES: GroupValues = {
  name: '',
  description: '',
  themeSlugs: [],
  visibility: 'PRIVATE',
  joinPolicy: 'REQUEST',
  requiresVerifiedMandate: false,
};

const COUNT = new Intl.NumberFormat('fr-FR');

/** French texts of the API's `field:reason` pairs for groups (list indices written `N`). */
const GROUP_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  'name:required': 'Saisissez le nom du groupe.',
  'name:minLength': `Le nom doit compter au moins ${LIMITS.nameMin} caractères.`,
  'name:maxLength': `Le nom ne doit pas dépasser ${LIMITS.nameMax} caractères.`,
  'name:isLength': `Le nom doit compter de ${LIMITS.nameMin} à ${LIMITS.nameMax} caractères.`,
  'description:maxLength': `La description ne doit pas dépasser ${COUNT.format(LIMITS.descriptionMax)} caractères.`,
  'themeSlugs:maxSize': `Choisissez ${LIMITS.themesMax} thématiques au plus.`,
  'themeSlugs:arrayMaxSize': `Choisissez ${LIMITS.themesMax} thématiques au plus.`,
  'themeSlugs.N:unknown': "Une des thématiques choisies n'existe plus. Décochez-la puis réessayez.",
  'themeSlugs.N:archived': 'Une des thématiques choisies a été archivée. Décochez-la puis réessayez.',
  'visibility:isEnum': 'Choisissez la visibilité du groupe.',
  'visibility:hasContent':
    'Ce groupe a déjà des échanges : seule la modération de Pairs peut le rendre public, car cela les publierait.',
  'joinPolicy:isEnum': 'Choisissez comment on rejoint le groupe.',
};

function keyOf(field: string, reason: string): string {
  return `${field.replace(/\.\d+(?=\.|$)/g, '.N')}:${reason}`;
}

export function groupFieldMessage(field: string, reason: string): string {
  return GROUP_FIELD_MESSAGES[keyOf(field, reason)] ?? fieldErrorMessage(field, reason);
}

/** Where the form shows an API field error: a theme of the list belongs to the themes field. */
export const GROUP_FIELD_ERRORS: FieldErrorMapping = {
  fieldOf: (path) => (/^themeSlugs\.\d+$/.test(path) ? 'themeSlugs' : path),
  message: groupFieldMessage,
};

/** Field labels of the error summary, in form order. */
export const GROUP_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Nom du groupe',
  description: 'Description',
  themeSlugs: 'Thématiques',
  visibility: 'Visibilité',
  joinPolicy: 'Adhésion',
  requiresVerifiedMandate: 'Mandat vérifié',
};

export function normalizeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Problems the API would report, found before sending: field path → French message. */
export function validateGroup(values: GroupValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = normalizeName(values.name);
  if (name === '') errors['name'] = groupFieldMessage('name', 'required');
  else if (name.length < LIMITS.nameMin) errors['name'] = groupFieldMessage('name', 'minLength');
  else if (name.length > LIMITS.nameMax) errors['name'] = groupFieldMessage('name', 'maxLength');
  if (values.description.trim().length > LIMITS.descriptionMax) {
    errors['description'] = groupFieldMessage('description', 'maxLength');
  }
  if (values.themeSlugs.length > LIMITS.themesMax) {
    errors['themeSlugs'] = groupFieldMessage('themeSlugs', 'maxSize');
  }
  return errors;
}

/** The fields of `CreateGroupInput` / `UpdateGroupInput` the form sets. */
export function groupInput(values: GroupValues): GroupValues {
  return {
    name: normalizeName(values.name),
    description: values.description.trim(),
    themeSlugs: values.themeSlugs,
    visibility: values.visibility,
    joinPolicy: values.joinPolicy,
    requiresVerifiedMandate: values.requiresVerifiedMandate,
  };
}
