import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@pairs/shared-domain';
import { DomainError } from '../errors/domain-error.js';

@ObjectType('PageInfo')
export class PageInfo {
  // Explicit types: code-first reflection is not reliable across ESM module copies.
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `first`/`after` arguments shared by every list. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the last item already seen.' })
  after?: string | null;
}

/** A validated page request: a size within bounds and a decoded cursor (or none). */
export interface PageRequest {
  first: number;
  after: unknown[] | null;
}

/**
 * Validates `first`/`after`. A size over the cap is refused (BAD_USER_INPUT), never clamped;
 * a cursor that does not decode is refused the same way.
 */
export function toPageRequest(args: ConnectionArgs, cursorArity?: number): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw DomainError.badField('first', 'range', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const after = args.after == null ? null : decodeCursor(args.after, cursorArity);
  return { first, after };
}

const CURSOR_PREFIX = 'c1:';

/** Cursors are opaque to clients: base64url of a versioned JSON array of sort keys. */
export function encodeCursor(values: readonly (string | number | boolean | null)[]): string {
  return Buffer.from(CURSOR_PREFIX + JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity?: number): unknown[] {
  const invalid = () => DomainError.badField('after', 'cursor', 'after is not a valid cursor');
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 1024) throw invalid();
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) throw invalid();
  let values: unknown;
  try {
    values = JSON.parse(text.slice(CURSOR_PREFIX.length));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(values)) throw invalid();
  if (arity !== undefined && values.length !== arity) throw invalid();
  if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) throw invalid();
  return values;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/**
 * Builds a connection from rows fetched with `LIMIT first + 1` (keyset pagination): the
 * extra row only tells whether another page exists.
 */
export function buildConnection<T>(
  rows: readonly T[],
  page: PageRequest,
  cursorOf: (row: T) => readonly (string | number | boolean | null)[],
  totalCount?: number,
): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const items = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = items.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    ...(totalCount !== undefined ? { totalCount } : {}),
  };
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type.
 * `totalCount` is exposed where a list makes it cheap.
 */
export function ConnectionType<T>(
  nodeType: Type<T>,
  name: string,
  options: {
    totalCount?: boolean;
    /** Returns the abstract base (edges, pageInfo) for a subclass that adds its own fields. */
    extensible?: boolean;
  } = {},
) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class BaseConnection {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  if (options.extensible) return BaseConnection;

  if (!options.totalCount) {
    @ObjectType(`${name}Connection`)
    class ConnectionWithoutCount extends BaseConnection {}
    return ConnectionWithoutCount;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionWithCount extends BaseConnection {
    @Field(() => Int, { description: 'Number of items the viewer may see with this filter.' })
    totalCount!: number;
  }
  return ConnectionWithCount;
}
