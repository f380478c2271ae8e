import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';

/** Addresses pasted with surrounding spaces are common: trim before validating. */
const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
import { PASSWORD_MAX_LENGTH } from './passwords.js';

@InputType()
export class RegisterInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be a valid address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field()
  @IsString()
  @Length(2, 80, { message: 'displayName must be 2 to 80 characters' })
  displayName!: string;

  @Field({ description: '3 to 30 characters: letters, digits and inner hyphens.' })
  @IsString()
  @Matches(/^[A-Za-z0-9](?:[A-Za-z0-9-]{1,28}[A-Za-z0-9])$/, {
    message: 'handle must be 3 to 30 letters, digits or inner hyphens',
  })
  handle!: string;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType()
export class VerifyEmailInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  token!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
