import { GraphQLError } from 'graphql';
import { Field, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in a connection (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow the last edge.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede the first edge.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function connectionType<T extends object>(name: string, Node: ClassType<T>, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${description} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${description}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description} items.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Pagination state.' })
    pageInfo!: PageInfo;
  }
  return ConnectionType as ClassType<ConnectionShape<T>>;
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through
  }
  throw new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
  }
  return size;
}

/**
 * Builds a connection from rows fetched with `limit + 1` (the extra row only tells whether a next page exists).
 */
export function toConnection<T>(rows: T[], limit: number, cursorOf: (row: T) => unknown[], hasPrevious: boolean): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
