import { z } from 'zod';
import { isUuid } from '../../graphql/ids';

/** NUL and unpaired surrogates: PostgreSQL refuses both in text and jsonb, so they would fail an insert (a 500). */
const UNSTORABLE = /\u0000|\p{Cs}/u;
const MAX_DEPTH = 32;

/** True when PostgreSQL can store the value as jsonb: no unstorable character in any string or key, bounded depth. */
function storableJson(value: unknown): boolean {
  // Iterative, so a deeply nested body cannot overflow the stack.
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) return false;
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_DEPTH) return false;
      for (const [key, child] of Object.entries(v)) {
        if (UNSTORABLE.test(key)) return false;
        stack.push([child, depth + 1]);
      }
    }
  }
  return true;
}

/** Printable ASCII, as Moyasar's ids are, within our 64-character columns. */
const identifier = z.string().regex(/^[\x21-\x7e]{1,64}$/, 'printable ASCII, 1 to 64 characters');

/**
 * Moyasar's webhook envelope (`{id, type, created_at, secret_token, account_name, live, data}`). Fields we do not
 * know are kept (Moyasar may add some), but the whole body must be storable as it is recorded in payment_events.
 */
export const webhookEventSchema = z
  .looseObject({
    id: identifier,
    type: z.string().regex(/^[a-z0-9_.]{1,64}$/, 'lower-case letters, digits, "_" and ".", 1 to 64 characters'),
    created_at: z.string().max(64).optional(),
    secret_token: z.string().max(256),
    account_name: z.string().max(256).nullish(),
    live: z.boolean().optional(),
    data: z.looseObject({ id: identifier }),
  })
  .refine(storableJson, 'contains characters or nesting that cannot be stored');

export type WebhookEvent = z.infer<typeof webhookEventSchema>;

/**
 * The payer's return from 3-D Secure: `?id=…&status=…&message=…`. Only `id` is used (the rest is not trusted, the
 * payment is re-fetched); it must be one of our payment ids, a UUID.
 */
export const callbackQuerySchema = z.looseObject({
  id: z.string().refine(isUuid, 'a payment id (UUID)'),
  status: z.string().max(32).optional(),
  message: z.string().max(500).optional(),
}).refine(storableJson, 'contains characters that cannot be stored');

/** The first problem, for a 400 answer: which field, and why. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
