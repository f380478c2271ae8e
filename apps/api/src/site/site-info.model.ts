import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SiteInfo', { description: 'Facts about this Pairs instance.' })
export class SiteInfoModel {
  @Field()
  name!: string;

  @Field()
  tagline!: string;

  @Field({ description: 'Welcome text (markdown source).' })
  welcomeMessage!: string;

  @Field({ description: 'Welcome text rendered to safe HTML.' })
  welcomeMessageHtml!: string;

  @Field(() => Date, { nullable: true, description: 'When the demo dataset was loaded, null when none was.' })
  demoDataLoadedAt!: Date | null;
}
