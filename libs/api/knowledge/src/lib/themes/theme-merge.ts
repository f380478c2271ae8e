import type { EntityManager } from 'typeorm';

/**
 * Contexts that tag content with themes (case studies, threads) re-tag it when two themes
 * merge, inside the merge's transaction: a failure anywhere leaves nothing moved.
 */
export interface ThemeMergeParticipant {
  readonly name: string;
  moveTags(manager: EntityManager, sourceThemeId: string, targetThemeId: string): Promise<void>;
}

export const THEME_MERGE_PARTICIPANTS = Symbol('THEME_MERGE_PARTICIPANTS');
