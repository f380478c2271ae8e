import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, type ContentGroupFacts } from '@pairs/platform-core';
import { CaseStudyStatus, PopulationBand, POPULATION_BANDS } from '@pairs/shared-domain';

registerEnumType(CaseStudyStatus, {
  name: 'CaseStudyStatus',
  description: 'DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED; HIDDEN by moderation.',
  valuesMap: {
    DRAFT: { description: 'Being written; visible to its authors and moderators.' },
    IN_REVIEW: { description: 'Submitted; waiting for a moderator. Visible to its authors and moderators.' },
    PUBLISHED: { description: 'Public.' },
    ARCHIVED: { description: 'Outdated but still readable; no longer edited.' },
    HIDDEN: { description: 'Hidden by moderation; visible to its authors and moderators.' },
  },
});

registerEnumType(PopulationBand, {
  name: 'PopulationBand',
  description: 'Fixed bands of municipal population (INSEE), used to compare "communes comme la mienne".',
  valuesMap: Object.fromEntries(POPULATION_BANDS.map((b) => [b.band, { description: b.label }])),
});

export const CaseStudyOrder = {
  PUBLISHED_AT: 'PUBLISHED_AT',
  UPDATED_AT: 'UPDATED_AT',
  POPULARITY: 'POPULARITY',
  SUBMITTED_AT: 'SUBMITTED_AT',
} as const;
export type CaseStudyOrder = (typeof CaseStudyOrder)[keyof typeof CaseStudyOrder];
registerEnumType(CaseStudyOrder, {
  name: 'CaseStudyOrder',
  valuesMap: {
    PUBLISHED_AT: { description: 'Most recently published first (drafts, never published, last).' },
    UPDATED_AT: { description: 'Most recently changed first.' },
    POPULARITY: { description: 'Most viewed first.' },
    SUBMITTED_AT: { description: 'Earliest submitted for review first (the review queue).' },
  },
});

@ObjectType('FundingSource', { description: 'Who paid for a project, and how much.' })
export class FundingSourceModel {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  amountEuros!: number;
}

@ObjectType('CaseStudyPermissions', {
  description: 'What the viewer may do with this case study (the UI shows only these actions).',
})
export class CaseStudyPermissionsModel {
  @Field(() => Boolean)
  edit!: boolean;

  @Field(() => Boolean)
  submit!: boolean;

  @Field(() => Boolean, { description: 'Publish or request changes (moderators, items in review).' })
  review!: boolean;

  @Field(() => Boolean)
  archive!: boolean;

  @Field(() => Boolean)
  manageAuthors!: boolean;
}

@ObjectType('CaseStudyReviewComment', { description: 'Changes a moderator asked for; shown to authors.' })
export class CaseStudyReviewCommentModel {
  @Field(() => String)
  comment!: string;

  @Field(() => Date)
  createdAt!: Date;

  reviewerId!: string | null;
}

@ObjectType('CaseStudy', {
  description:
    'A structured case study ("retour d\'expérience"): what a territory did, what it cost, whether it worked, whom to call.',
})
export class CaseStudyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable, French-friendly identifier used in URLs; never changes.' })
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { description: 'Markdown source.' })
  body!: string;

  @Field(() => String, { description: 'Markdown: measured results.' })
  results!: string;

  @Field(() => String, {
    description: 'Markdown: cost/benefit and environmental assessment (savings, embodied impact, renewal).',
  })
  environmentalAssessment!: string;

  @Field(() => String, { description: 'Markdown: what the authors would do again, or not.' })
  lessonsLearned!: string;

  @Field(() => [String], { description: 'Solutions or products used.' })
  solutionsUsed!: string[];

  @Field(() => String, { description: 'Whom to contact (a service or role; no personal phone numbers).' })
  contact!: string;

  @Field(() => CaseStudyStatus)
  status!: CaseStudyStatus;

  @Field(() => String, { nullable: true, description: 'Start date, `YYYY-MM-DD`.' })
  startedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'End date, `YYYY-MM-DD`; null while ongoing.' })
  endedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Total cost in euros (TTC).' })
  costEuros!: number | null;

  @Field(() => [FundingSourceModel])
  fundingSources!: FundingSourceModel[];

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Int, {
    description: 'Number of saved revisions; send it back as `expectedRevision` when editing.',
  })
  revisionCount!: number;

  @Field(() => Int, {
    description: 'Views, counted at most once per viewer and hour (updated every few seconds).',
  })
  viewCount!: number;

  // Read by relation fields and the access policy; not part of the GraphQL type.
  territoryId!: string;
  /** Owner first, then co-authors in the order they were added. */
  authorIds!: string[];
  ownerId!: string;
  /** The group it lives in (null: the public commons) and its facts for the viewer. */
  groupId!: string | null;
  group!: ContentGroupFacts | null;
  reviewComment!: CaseStudyReviewCommentModel | null;
}

@ObjectType('CaseStudyRevision', {
  description: 'The content of a case study as saved by one edit. Compare with `previous` for a diff.',
})
export class CaseStudyRevisionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean, {
    description: 'Saved once the case study was published (public history); earlier ones are working drafts.',
  })
  public!: boolean;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String)
  results!: string;

  @Field(() => String)
  environmentalAssessment!: string;

  @Field(() => String)
  lessonsLearned!: string;

  @Field(() => [String])
  solutionsUsed!: string[];

  @Field(() => String)
  contact!: string;

  @Field(() => String)
  territoryCode!: string;

  @Field(() => [String])
  themeSlugs!: string[];

  @Field(() => String, { nullable: true })
  startedOn!: string | null;

  @Field(() => String, { nullable: true })
  endedOn!: string | null;

  @Field(() => Int, { nullable: true })
  costEuros!: number | null;

  @Field(() => [FundingSourceModel])
  fundingSources!: FundingSourceModel[];

  caseStudyId!: string;
  authorId!: string;
}

@ObjectType('ThemeFacet')
export class ThemeFacetModel {
  @Field(() => Int)
  count!: number;

  themeId!: string;
}

@ObjectType('PopulationBandFacet')
export class PopulationBandFacetModel {
  @Field(() => PopulationBand)
  band!: PopulationBand;

  @Field(() => String, { description: 'French label, e.g. "De 1 000 à 3 499 habitants".' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RegionFacet')
export class RegionFacetModel {
  @Field(() => Int)
  count!: number;

  regionId!: string;
}

@ObjectType('CaseStudyFacets', {
  description:
    'Counts for refining the current filter. Each facet applies every filter but its own (so the other values of that facet stay visible), most frequent first.',
})
export class CaseStudyFacetsModel {
  @Field(() => [ThemeFacetModel], { description: 'Per theme the case studies are tagged with.' })
  themes!: ThemeFacetModel[];

  @Field(() => [PopulationBandFacetModel], { description: 'Every band, in order, zeros included.' })
  populationBands!: PopulationBandFacetModel[];

  @Field(() => [RegionFacetModel], { description: 'Per région of the territory.' })
  regions!: RegionFacetModel[];
}

@ObjectType('CaseStudyConnection', {
  description: '`totalCount` and `facets` are computed only when asked for.',
})
export class CaseStudyConnection extends ConnectionType(CaseStudyModel, 'CaseStudy', { extensible: true }) {
  /** The resolved filter, kept for the lazily computed `totalCount` and `facets`. */
  query!: unknown;
}

export const CaseStudyRevisionConnection = ConnectionType(CaseStudyRevisionModel, 'CaseStudyRevision', {
  totalCount: true,
});
