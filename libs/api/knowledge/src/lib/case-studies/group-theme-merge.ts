import { Injectable, type OnModuleInit } from '@nestjs/common';
import { GroupsService } from '@pairs/groups';
import { ThemesService } from '../themes/themes.service.js';

/**
 * Groups are tagged with themes but sit upstream of knowledge, so knowledge registers their part
 * of a theme merge: a merged theme's groups move to its target in the merge's transaction.
 */
@Injectable()
export class GroupThemeMerge implements OnModuleInit {
  constructor(
    private readonly themes: ThemesService,
    private readonly groups: GroupsService,
  ) {}

  onModuleInit(): void {
    this.themes.registerMergeParticipant({
      name: 'groups',
      moveTags: (manager, sourceId, targetId) => this.groups.moveThemeTags(manager, sourceId, targetId),
    });
  }
}
