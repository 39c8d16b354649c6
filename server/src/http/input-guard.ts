import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValidationRule } from 'graphql';

/** No input string is longer: the longest free text (a description, a review) is far shorter. */
export const MAX_INPUT_STRING_LENGTH = 5000;
/**
 * A payment source's `token` may be longer: an Apple Pay payment token (JSON) carries a PKCS #7 signature with
 * Apple's certificates, about 7 kB.
 */
export const MAX_TOKEN_LENGTH = 16_384;

function badString(value: string, max: number): string | null {
  // PostgreSQL text cannot hold NUL; letting one through turns a client's mistake into a failed statement.
  if (value.includes('\u0000')) return 'Text must not contain NUL characters';
  if (value.length > max) return `Text is longer than ${max} characters`;
  return null;
}

/** Every string in the variables, with the longest it may be (by its key). */
function* stringsIn(value: unknown, key = ''): Generator<[string, number]> {
  if (typeof value === 'string') yield [value, key === 'token' ? MAX_TOKEN_LENGTH : MAX_INPUT_STRING_LENGTH];
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item, key);
  else if (value && typeof value === 'object') for (const [k, item] of Object.entries(value)) yield* stringsIn(item, k);
}

/**
 * The first problem among a document's literal strings, or null. Apollo keeps one parsed document per distinct
 * text, so the walk is done once per document, not per request (it showed in the salon page's profile).
 */
function literalProblem(document: DocumentNode): string | null {
  let problem = literalProblems.get(document);
  if (problem === undefined) {
    problem = null;
    visit(document, {
      [Kind.STRING]: (node) => {
        problem ??= badString(node.value, MAX_INPUT_STRING_LENGTH);
      },
    });
    literalProblems.set(document, problem);
  }
  return problem;
}

const literalProblems = new WeakMap<DocumentNode, string | null>();

/**
 * Refuses, before anything runs, input strings that no field accepts: with NUL characters or beyond the
 * longest text any field takes. Per-field rules (lengths of names, reasons, formats) stay with the use cases.
 */
export function inputGuard<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let problem: string | null = null;
          for (const [value, max] of stringsIn(request.variables)) if ((problem = badString(value, max))) break;
          problem ??= literalProblem(document);
          if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        },
      };
    },
  };
}

/**
 * This schema has no subscriptions. graphql-js validates such an operation and only fails it while executing,
 * with an error that has no code (INTERNAL_SERVER_ERROR); as a validation error it is the client's 400.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[node.operation];
    if (!root) context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: [node] }));
  },
});
