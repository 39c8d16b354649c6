import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Instants and dates outside these years are refused as input: PostgreSQL has no year 0 and JavaScript's Date
 * ends in 275760, and no booking, closure or time off is meant for them.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

export function isSupportedInstant(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) {
    throw new GraphQLError('DateTime must be an ISO-8601 string with a time zone offset, e.g. 2026-01-31T09:30:00+03:00', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const date = new Date(value);
  if (!isRealDateTime(value) || !isSupportedInstant(date)) {
    throw new GraphQLError(`DateTime is not a real instant between the years ${MIN_YEAR} and ${MAX_YEAR}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

/** `new Date()` rolls 2026-02-30 over into March and takes hour 24; the written date and time must exist as written. */
function isRealDateTime(value: string): boolean {
  const [, date, hour, minute, second] = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value)!;
  return isIsoDate(date) && Number(hour) < 24 && Number(minute) < 60 && Number(second ?? 0) < 60;
}

/** An instant, serialised as ISO-8601 in UTC (`2026-01-31T06:30:00.000Z`); inputs must carry an offset. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, as an ISO-8601 string with an offset (`2026-01-31T06:30:00.000Z`, `2026-01-31T09:30:00+03:00`).',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDateTime(ast.value);
  },
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m || Number(m[1]) < MIN_YEAR || Number(m[1]) > MAX_YEAR) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Date must be an ISO-8601 calendar date, e.g. 2026-01-31', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar date with no time or zone (`2026-01-31`), read in the salon's own time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date (`2026-01-31`) with no time zone; salon dates are read in the salon\'s time zone.',
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});
