import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from '../context/graphql-context.js';

/** The viewer of the request (`null` when anonymous, which only `@Public()` handlers see). */
export const CurrentViewer = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  return GqlExecutionContext.create(ctx).getContext<GraphQLContext>().viewer;
});

/** The signed-in actor; only on handlers behind the guard, where it is never null. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  return GqlExecutionContext.create(ctx).getContext<GraphQLContext>().viewer;
});
