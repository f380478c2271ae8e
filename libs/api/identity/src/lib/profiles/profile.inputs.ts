import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MANDATE_ROLES, type MandateRole } from './mandate-role.js';
import { MandateRoleEnum } from './mandate.model.js';

export const MAX_MANDATES = 10;
export const MAX_BIO_LENGTH = 2000;

@InputType()
export class MandateInput {
  @Field(() => MandateRoleEnum)
  @IsIn([...MANDATE_ROLES])
  role!: MandateRole;

  @Field({ description: 'Territory.code: INSEE code of a commune, SIREN of an EPCI, DEP-xx, REG-xx.' })
  @IsString()
  @Length(1, 20)
  territoryCode!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 80, { message: 'displayName must be 2 to 80 characters' })
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BIO_LENGTH)
  bio?: string;

  @Field(() => [MandateInput], {
    nullable: true,
    description: 'Replaces the list; unchanged mandates keep their verification.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_MANDATES)
  @ValidateNested({ each: true })
  @Type(() => MandateInput)
  mandates?: MandateInput[];
}

@InputType()
export class VerifyMandateInput {
  @Field(() => ID)
  @IsUUID()
  mandateId!: string;

  // Every input property needs a validator: the global pipe whitelists, and drops the others.
  @Field()
  @IsBoolean()
  verified!: boolean;
}
