import { Field, ID, InputType, Int, ArgsType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { CaseStudyStatus, PopulationBand } from '@pairs/shared-domain';
import { ConnectionArgs } from '@pairs/platform-core';
import { TerritoryKind } from '@pairs/territories';
import { CaseStudyOrder } from './case-study.model.js';

// Lengths, dates, amounts and references are checked by `validateCaseStudyContent`, which
// reports every problem of an input at once with its field path.

@InputType()
export class FundingSourceInput {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  amountEuros!: number;
}

@InputType()
export class CreateCaseStudyInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: '1 to 3 sentences shown in lists.' })
  summary!: string;

  @Field(() => String, { description: 'Markdown, at most 100 KB.' })
  body!: string;

  @Field(() => String, { description: 'Code of the territory (`83050`, an EPCI SIREN, `DEP-71`, `REG-27`).' })
  territoryCode!: string;

  @Field(() => [String], { description: '1 to 5 active themes.' })
  themeSlugs!: string[];

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`' })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`, not before `startedOn`.' })
  endedOn?: string | null;

  @Field(() => Int, { nullable: true })
  costEuros?: number | null;

  @Field(() => [FundingSourceInput], { nullable: true })
  fundingSources?: FundingSourceInput[] | null;

  @Field(() => String, { nullable: true })
  results?: string | null;

  @Field(() => String, { nullable: true })
  environmentalAssessment?: string | null;

  @Field(() => String, { nullable: true })
  lessonsLearned?: string | null;

  @Field(() => [String], { nullable: true })
  solutionsUsed?: string[] | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A group the author is an active member of; the case study is then the group's (for its members only in a PRIVATE group).",
  })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

@InputType()
export class MoveCaseStudyToGroupInput {
  @Field(() => ID)
  @IsUUID()
  caseStudyId!: string;

  @Field(() => ID, { nullable: true, description: 'The group; null moves it to the public commons.' })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; `null` clears an optional field.' })
export class UpdateCaseStudyInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, {
    description: 'The `revisionCount` the editor loaded; a stale one is refused with CONFLICT.',
  })
  expectedRevision!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  territoryCode?: string | null;

  @Field(() => [String], { nullable: true })
  themeSlugs?: string[] | null;

  @Field(() => String, { nullable: true })
  startedOn?: string | null;

  @Field(() => String, { nullable: true })
  endedOn?: string | null;

  @Field(() => Int, { nullable: true })
  costEuros?: number | null;

  @Field(() => [FundingSourceInput], { nullable: true })
  fundingSources?: FundingSourceInput[] | null;

  @Field(() => String, { nullable: true })
  results?: string | null;

  @Field(() => String, { nullable: true })
  environmentalAssessment?: string | null;

  @Field(() => String, { nullable: true })
  lessonsLearned?: string | null;

  @Field(() => [String], { nullable: true })
  solutionsUsed?: string[] | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;
}

@InputType()
export class CaseStudyIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class SubmitCaseStudyInput extends CaseStudyIdInput {}

@InputType()
export class PublishCaseStudyInput extends CaseStudyIdInput {}

@InputType()
export class ArchiveCaseStudyInput extends CaseStudyIdInput {}

@InputType()
export class RequestChangesInput extends CaseStudyIdInput {
  @Field(() => String, { description: 'What the authors should change; shown to them.' })
  comment!: string;
}

@InputType()
export class AddCaseStudyCoAuthorInput extends CaseStudyIdInput {
  @Field(() => String)
  handle!: string;
}

@InputType()
export class RemoveCaseStudyCoAuthorInput extends CaseStudyIdInput {
  @Field(() => String)
  handle!: string;
}

@InputType()
export class CaseStudyFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Tagged with any of these themes (a top-level theme includes its children).',
  })
  themeSlugs?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'This territory and, for an EPCI, département or région, every territory inside it.',
  })
  territoryCode?: string | null;

  @Field(() => [TerritoryKind], { nullable: true })
  territoryKinds?: TerritoryKind[] | null;

  @Field(() => PopulationBand, { nullable: true })
  populationBand?: PopulationBand | null;

  @Field(() => String, { nullable: true, description: '`REG-27` or `27`.' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: '`DEP-71` or `71`.' })
  departementCode?: string | null;

  @Field(() => CaseStudyStatus, {
    nullable: true,
    description: 'PUBLISHED by default. Other states list only what the viewer may read.',
  })
  status?: CaseStudyStatus | null;

  @Field(() => String, { nullable: true })
  authorHandle?: string | null;

  @Field(() => String, { nullable: true, description: "A group's case studies (those the viewer may read)." })
  groupSlug?: string | null;
}

@ArgsType()
export class CaseStudiesArgs extends ConnectionArgs {
  @Field(() => CaseStudyFilter, { nullable: true })
  filter?: CaseStudyFilter | null;

  @Field(() => CaseStudyOrder, { nullable: true, defaultValue: CaseStudyOrder.PUBLISHED_AT })
  orderBy?: CaseStudyOrder | null;
}

@ArgsType()
export class GroupCaseStudiesArgs extends ConnectionArgs {
  @Field(() => CaseStudyOrder, { nullable: true, defaultValue: CaseStudyOrder.PUBLISHED_AT })
  orderBy?: CaseStudyOrder | null;
}
