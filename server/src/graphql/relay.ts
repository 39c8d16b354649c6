import { GraphQLError } from 'graphql';
import { Field, ObjectType, type ClassType } from 'type-graphql';
import { z } from 'zod';
import { isUuid } from './ids';
import { isIsoDate, isSupportedInstant } from './scalars';

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

/** Cursor parts, as `encodeCursor` writes them. */
export const cursorPart = {
  id: z.string().refine(isUuid),
  /** An instant as `Date#toISOString` writes it, read back as a Date. */
  instant: z
    .string()
    .refine((value) => {
      // The round trip refuses what Date would roll over (February 30th) as well as any other spelling.
      const date = new Date(value);
      return isSupportedInstant(date) && date.toISOString() === value;
    })
    .transform((value) => new Date(value)),
  /** A timestamptz as PostgreSQL prints it (`2026-12-02 10:46:59.821+00`), kept as text so no microsecond is lost. */
  pgTimestamp: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/)
    .refine((value) => isIsoDate(value.slice(0, 10)) && isSupportedInstant(new Date(value.slice(0, 10)))),
};

/** The usual keyset: (an instant, the row's id). */
export const instantIdCursor = z.tuple([cursorPart.instant, cursorPart.id]);

/** Longer than any cursor this server writes. */
const MAX_CURSOR_LENGTH = 1024;

/**
 * Reads a cursor back into its exact shape. Cursors come from clients, so a forged one (wrong length, types,
 * dates or ids) is refused here with BAD_USER_INPUT before any of it reaches SQL or `new Date()`.
 */
export function decodeCursor<T extends z.ZodType>(cursor: string, shape: T): z.output<T> {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const parsed = shape.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // not base64 JSON: refused below
    }
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
