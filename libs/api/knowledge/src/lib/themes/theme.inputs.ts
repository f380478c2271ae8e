import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType()
export class CreateThemeInput {
  @Field()
  @IsString()
  @Length(2, 120)
  name!: string;

  @Field({
    nullable: true,
    description: 'Defaults to a slug of the name ("Éclairage public" → "eclairage-public").',
  })
  @IsOptional()
  @Matches(SLUG, { message: 'slug must be lower-case words separated by hyphens' })
  @MaxLength(80)
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field({ nullable: true, description: 'Slug of a top-level theme; themes are two levels deep at most.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  parentSlug?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 80, { each: true })
  synonyms?: string[];
}

@InputType()
export class UpdateThemeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 80, { each: true })
  synonyms?: string[];
}

@InputType()
export class ArchiveThemeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class MergeThemesInput {
  @Field()
  @IsString()
  @MaxLength(80)
  sourceSlug!: string;

  @Field()
  @IsString()
  @MaxLength(80)
  targetSlug!: string;
}
