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
