import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@pairs/platform-database';
import type { TerritoryKind } from './territory-kind.js';

/**
 * A région, département, EPCI or commune, loaded from `@etalab/decoupage-administratif`
 * (see territories.importer.ts). Mirrors migration 1764489600000-territories exactly.
 *
 * Indexes TypeORM cannot express (operator classes, DESC, GIN, expressions) are declared by
 * name with `synchronize: false`: the schema comparison leaves them alone.
 */
@Entity('territory')
@Check('territory_kind_check', `kind IN ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')`)
@Check('territory_population_check', `population >= 0`)
@Index('territory_population_idx', { synchronize: false }) // (population DESC NULLS LAST)
@Index('territory_kind_population_idx', { synchronize: false }) // (kind, population DESC NULLS LAST)
@Index('territory_search_name_pattern_idx', { synchronize: false }) // (search_name text_pattern_ops)
@Index('territory_search_name_trgm_idx', { synchronize: false }) // GIN (search_name gin_trgm_ops)
@Index('territory_search_words_trgm_idx', { synchronize: false }) // GIN ((' ' || search_name) gin_trgm_ops)
@Index('territory_code_pattern_idx', { synchronize: false }) // (code text_pattern_ops)
export class TerritoryEntity extends BaseEntity {
  /** `51108` (commune), `200070530` (EPCI SIREN), `DEP-71`, `REG-27`: unique across kinds. */
  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: TerritoryKind;

  /** The raw official code, which collides across kinds (région 27, département 27). */
  @Index('territory_insee_code_idx')
  @Column({ type: 'varchar', length: 12 })
  inseeCode!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** `normalizeSearchText(name)`, written by the importer with the name. */
  @Column({ type: 'text' })
  searchName!: string;

  /** Municipal population (INSEE); summed over communes for départements and régions. */
  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @Index('territory_region_id_idx')
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  @ManyToOne(() => TerritoryEntity, { nullable: true })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'territory_region_id_fkey' })
  region?: TerritoryEntity | null;

  @Index('territory_departement_id_idx')
  @Column({ type: 'uuid', nullable: true })
  departementId!: string | null;

  @ManyToOne(() => TerritoryEntity, { nullable: true })
  @JoinColumn({ name: 'departement_id', foreignKeyConstraintName: 'territory_departement_id_fkey' })
  departement?: TerritoryEntity | null;

  @Index('territory_epci_id_idx')
  @Column({ type: 'uuid', nullable: true })
  epciId!: string | null;

  @ManyToOne(() => TerritoryEntity, { nullable: true })
  @JoinColumn({ name: 'epci_id', foreignKeyConstraintName: 'territory_epci_id_fkey' })
  epci?: TerritoryEntity | null;
}
