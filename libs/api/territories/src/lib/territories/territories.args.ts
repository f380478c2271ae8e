import { ArgsType, Field, Int } from '@nestjs/graphql';
import {
  DEFAULT_TERRITORY_SEARCH_SIZE,
  MAX_TERRITORY_SEARCH_LENGTH,
  MAX_TERRITORY_SEARCH_SIZE,
} from './search-text.js';
import { TerritoryKind } from './territory-kind.js';

/** Checked by the service (trimmed length, bounds), so the rules have one home. */
@ArgsType()
export class TerritoriesArgs {
  @Field(() => String, {
    description: `Words of the name (accents, case and hyphens ignored, the last word may be unfinished) or a code (\`83050\`, \`DEP-71\`, \`200070530\`). 1 to ${MAX_TERRITORY_SEARCH_LENGTH} characters once trimmed.`,
  })
  search!: string;

  @Field(() => [TerritoryKind], {
    nullable: true,
    description: 'Only these kinds; all when absent or empty.',
  })
  kinds?: TerritoryKind[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `Number of results, ${DEFAULT_TERRITORY_SEARCH_SIZE} by default, at most ${MAX_TERRITORY_SEARCH_SIZE}.`,
  })
  first?: number | null;
}
