/** Public page of a theme. */
export function themePath(slug: string): string {
  return `/thematiques/${encodeURIComponent(slug)}`;
}

export const THEMES_PATH = '/thematiques';
export const THEMES_MODERATION_PATH = '/moderation/thematiques';
