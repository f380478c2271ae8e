import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ThemeStatusEnum = { ACTIVE: 'ACTIVE', ARCHIVED: 'ARCHIVED' } as const;
export type PublicThemeStatus = keyof typeof ThemeStatusEnum;
registerEnumType(ThemeStatusEnum, {
  name: 'ThemeStatus',
  description: 'Archived themes stay readable but take no new content.',
});

@ObjectType('Theme', {
  description: 'A political theme ("thématique") of the curated taxonomy, two levels deep at most.',
})
export class ThemeModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable, French-friendly identifier used in URLs.' })
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => ThemeStatusEnum)
  status!: PublicThemeStatus;

  @Field(() => [String], {
    description: 'Other names people search for, including the slugs of merged themes.',
  })
  synonyms!: string[];

  parentId!: string | null;
}
