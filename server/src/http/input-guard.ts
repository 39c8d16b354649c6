import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValidationRule } from 'graphql';

/** No input string is longer: the longest free text (a description, a review) is far shorter. */
export const MAX_INPUT_STRING_LENGTH = 5000;

function badString(value: string): string | null {
  // PostgreSQL text cannot hold NUL; letting one through turns a client's mistake into a failed statement.
  if (value.includes('\u0000')) return 'Text must not contain NUL characters';
  if (value.length > MAX_INPUT_STRING_LENGTH) return `Text is longer than ${MAX_INPUT_STRING_LENGTH} characters`;
  return null;
}

function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* stringsIn(item);
}

function* literalStrings(document: DocumentNode): Generator<string> {
  const found: string[] = [];
  visit(document, { [Kind.STRING]: (node) => void found.push(node.value) });
  yield* found;
}

/**
 * Refuses, before anything runs, input strings that no field accepts: with NUL characters or beyond the
 * longest text any field takes. Per-field rules (lengths of names, reasons, formats) stay with the use cases.
 */
export function inputGuard<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const value of [...stringsIn(request.variables), ...literalStrings(document)]) {
            const problem = badString(value);
            if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
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
