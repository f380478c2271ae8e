import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@pairs/platform-core';
import { SiteInfoModel } from './site-info.model.js';
import { SiteService } from './site.service.js';

@Resolver(() => SiteInfoModel)
export class SiteResolver {
  constructor(private readonly site: SiteService) {}

  @Public() // anonymous visitors land on the home page, which shows these facts
  @Query(() => SiteInfoModel, { description: 'Facts about this Pairs instance, shown on the home page.' })
  siteInfo(): Promise<SiteInfoModel> {
    return this.site.info();
  }
}
