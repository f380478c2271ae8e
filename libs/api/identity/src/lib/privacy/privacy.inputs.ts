import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'Current password, to confirm.' })
  @IsString()
  @MaxLength(256)
  password!: string;
}
