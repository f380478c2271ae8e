import type { ErrorCode } from '@pairs/shared-domain';

/**
 * French texts shown to users for each API error code.
 * A `Record` over the union makes the compiler refuse a new code until it has a text.
 */
const ERROR_MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT:
    'Certaines informations saisies ne sont pas valides. Vérifiez le formulaire puis réessayez.',
  UNAUTHENTICATED: 'Vous devez être connecté·e pour effectuer cette action.',
  FORBIDDEN: "Vous n'avez pas les droits nécessaires pour effectuer cette action.",
  NOT_FOUND: "L'élément demandé est introuvable. Il a peut-être été supprimé ou déplacé.",
  CONFLICT: 'Cette action entre en conflit avec une modification récente. Rechargez la page puis réessayez.',
  RATE_LIMITED: 'Trop de tentatives. Réessayez dans quelques minutes.',
  GRAPHQL_PARSE_FAILED:
    "La demande envoyée au serveur n'a pas pu être lue. Rechargez la page puis réessayez.",
  GRAPHQL_VALIDATION_FAILED:
    "La demande envoyée au serveur n'a pas été acceptée. Rechargez la page : une nouvelle version du site est peut-être disponible.",
  BAD_REQUEST: "La demande n'a pas pu être traitée. Rechargez la page puis réessayez.",
  INTERNAL_SERVER_ERROR: 'Une erreur inattendue est survenue. Réessayez plus tard.',
};

/** Shown when the server could not be reached at all, so there is no error code to translate. */
export const NETWORK_ERROR_MESSAGE =
  'Impossible de joindre le serveur. Vérifiez votre connexion internet puis réessayez.';

export function errorMessageFor(code: ErrorCode): string {
  return ERROR_MESSAGES[code];
}

/** RATE_LIMITED with the delay the API sent (`extensions.retryAfterSeconds`), in whole minutes. */
export function rateLimitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Trop de tentatives. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`;
}

/**
 * `field:reason` pairs the API sends in `extensions.fields`, list indices written `N`
 * (`mandates.3.territoryCode` → `mandates.N.territoryCode`). Reasons are class-validator
 * constraint names (`isEmail`, `isLength`, `matches`…) or the services' own (`taken`, `common`…).
 */
export const FIELD_ERROR_KEYS = [
  'email:isEmail',
  'email:maxLength',
  'email:taken',
  'password:minLength',
  'password:maxLength',
  'password:common',
  'password:invalid',
  'handle:matches',
  'handle:reserved',
  'handle:taken',
  'displayName:isLength',
  'displayName:minLength',
  'bio:maxLength',
  'token:invalid',
  'mandates:arrayMaxSize',
  'mandates.N:duplicate',
  'mandates.N.role:isIn',
  'mandates.N.territoryCode:unknown',
  'mandates.N.territoryCode:isLength',
  'name:isLength',
  'slug:matches',
  'parentSlug:unknown',
  'parentSlug:depth',
  'sourceSlug:unknown',
  'targetSlug:unknown',
  'targetSlug:same',
  'targetSlug:child',
  'targetSlug:depth',
] as const;

export type FieldErrorKey = (typeof FIELD_ERROR_KEYS)[number];

/** As for codes, a `Record` over the union: a key added to the list does not compile without its text. */
const FIELD_ERROR_MESSAGES: Record<FieldErrorKey, string> = {
  'email:isEmail': 'Saisissez une adresse e-mail valide, par exemple prenom.nom@mairie.fr.',
  'email:maxLength': "L'adresse e-mail ne doit pas dépasser 254 caractères.",
  'email:taken':
    'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou demandez un nouveau mot de passe.',
  'password:minLength': 'Le mot de passe doit contenir au moins 12 caractères.',
  'password:maxLength': 'Le mot de passe ne doit pas dépasser 256 caractères.',
  'password:common':
    'Ce mot de passe est trop courant ou trop facile à deviner (il ne doit pas reprendre votre adresse ni votre identifiant). Choisissez-en un autre.',
  'password:invalid': 'Mot de passe incorrect.',
  'handle:matches':
    "L'identifiant doit compter de 3 à 30 caractères : lettres sans accents, chiffres et tirets (ni au début, ni à la fin).",
  'handle:reserved': 'Cet identifiant est réservé. Choisissez-en un autre.',
  'handle:taken': 'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
  'displayName:isLength': 'Le nom affiché doit compter de 2 à 80 caractères.',
  'displayName:minLength': 'Le nom affiché doit compter de 2 à 80 caractères.',
  'bio:maxLength': 'La présentation ne doit pas dépasser 2 000 caractères.',
  'token:invalid': "Ce lien n'est plus valide : il a expiré ou a déjà été utilisé.",
  'mandates:arrayMaxSize': 'Vous pouvez déclarer 10 mandats au plus.',
  'mandates.N:duplicate': 'Ce mandat figure deux fois dans la liste.',
  'mandates.N.role:isIn': 'Choisissez une fonction dans la liste.',
  'mandates.N.territoryCode:unknown': 'Territoire inconnu. Choisissez un territoire dans la liste proposée.',
  'mandates.N.territoryCode:isLength': 'Choisissez un territoire dans la liste proposée.',
  'name:isLength': 'Le nom doit compter de 2 à 120 caractères.',
  'slug:matches':
    "L'adresse ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets (ni au début, ni à la fin).",
  'parentSlug:unknown': 'Thématique parente inconnue. Choisissez une thématique dans la liste.',
  'parentSlug:depth':
    'Une sous-thématique ne peut pas en contenir une autre : choisissez une thématique de premier niveau.',
  'sourceSlug:unknown': 'Thématique inconnue. Choisissez la thématique à fusionner dans la liste.',
  'targetSlug:unknown': 'Thématique inconnue. Choisissez la thématique de destination dans la liste.',
  'targetSlug:same': 'Choisissez une thématique de destination différente de celle à fusionner.',
  'targetSlug:child': "Une thématique ne peut pas être fusionnée dans l'une de ses sous-thématiques.",
  'targetSlug:depth':
    "Cette fusion placerait des sous-thématiques sur trois niveaux : fusionnez d'abord les sous-thématiques, ou choisissez une autre destination.",
};

/** For a pair the web app does not know yet: still French, still next to the field. */
export const GENERIC_FIELD_ERROR_MESSAGE = "Cette valeur n'est pas acceptée. Vérifiez-la puis réessayez.";

function isFieldErrorKey(key: string): key is FieldErrorKey {
  return (FIELD_ERROR_KEYS as readonly string[]).includes(key);
}

/** French text for one invalid field of an API error (`extensions.fields[i]`). */
export function fieldErrorMessage(field: string, reason: string): string {
  const key = `${field.replace(/\.\d+(?=\.|$)/g, '.N')}:${reason}`;
  return isFieldErrorKey(key) ? FIELD_ERROR_MESSAGES[key] : GENERIC_FIELD_ERROR_MESSAGE;
}
