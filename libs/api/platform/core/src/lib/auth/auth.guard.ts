import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error.js';
import type { GraphQLContext } from '../context/graphql-context.js';
import { IS_PUBLIC_KEY } from './public.decorator.js';

/**
 * Default deny: every GraphQL operation and HTTP route needs a signed-in viewer unless it
 * is marked `@Public()`. Record-level rules live in the access policy, not here.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<GraphQLContext>();
      if (ctx.viewer) return true;
    }
    throw DomainError.unauthenticated();
  }
}
