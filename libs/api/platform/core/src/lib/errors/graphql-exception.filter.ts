import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { toGraphQLError } from './graphql-error-mapping.js';

/**
 * The one filter that turns exceptions thrown in resolvers into GraphQL errors with a code
 * from the fixed set. HTTP routes (health…) keep Nest's default handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return toGraphQLError(exception);
    return super.catch(exception, host);
  }
}
