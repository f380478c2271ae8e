import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Module } from '@nestjs/common';
import { IsEmail, IsInt, Max, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CurrentUser, DomainError, Public, type Actor } from '@pairs/platform-core';
import type { ErrorCode } from '@pairs/shared-domain';

/**
 * Test-only resolvers that exercise the platform (guard, validation, error mapping) the way
 * feature resolvers will. Never part of the real schema.
 */
@InputType()
class ProbeAddressInput {
  @Field()
  @MinLength(2)
  city!: string;
}

@InputType()
class ProbeEchoInput {
  @Field()
  @IsEmail()
  email!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10)
  rating!: number;

  @Field(() => ProbeAddressInput)
  @ValidateNested()
  @Type(() => ProbeAddressInput)
  address!: ProbeAddressInput;
}

@ObjectType()
class ProbeEcho {
  @Field()
  email!: string;

  @Field(() => Int)
  rating!: number;
}

@Resolver()
class ProbeResolver {
  @Public() // test probe
  @Mutation(() => ProbeEcho)
  probeEcho(@Args('input') input: ProbeEchoInput): ProbeEcho {
    return { email: input.email, rating: input.rating };
  }

  @Public() // test probe
  @Query(() => String)
  probeCrash(): string {
    throw new Error('relation "secret_table" does not exist: SELECT password_hash FROM users');
  }

  @Public() // test probe
  @Query(() => String)
  probeDomainError(@Args('code') code: string): string {
    throw new DomainError(code as ErrorCode, `probe ${code}`);
  }

  @Public() // test probe
  @Query(() => String)
  async probeRejectsLater(): Promise<string> {
    await new Promise((r) => setTimeout(r, 5));
    throw new TypeError("Cannot read properties of undefined (reading 'id')");
  }

  // Not @Public: default deny applies.
  @Query(() => String)
  probeWhoAmI(@CurrentUser() actor: Actor): string {
    return actor.id;
  }
}

@Module({ providers: [ProbeResolver] })
export class ProbeModule {}
