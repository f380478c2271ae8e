export const DELETED_ACCOUNT_NAME = 'Compte supprimé';

/** Display name of an author, "Compte supprimé" for a deleted account (or none readable). */
export function authorName(author: { displayName: string; deleted: boolean } | null | undefined): string {
  return author == null || author.deleted ? DELETED_ACCOUNT_NAME : author.displayName;
}
