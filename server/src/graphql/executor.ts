import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildExecutionContext } from 'graphql/execution/execute';
import { withInputDefaults } from './input-defaults';
import type { OperationShape } from './projection';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js (ADR 0024). graphql-js walks the document for every
 * request: an object, a promise check and an argument map per field, which on a 113 KB catalogue page was a third
 * of all the memory the request allocated. graphql-jit compiles each validated document once into a function that
 * reads plain fields inline and calls only the resolvers that exist (permissions and field resolvers).
 *
 * Apollo Server 5 takes another executor only through its gateway interface; parsing, validation (graphql-armor,
 * trusted documents), plugins and error formatting stay Apollo's. Apollo keeps one parsed DocumentNode per distinct
 * document text, so the compiled function is cached on that object and dies with it.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | Awaited<ReturnType<GatewayExecutor>>>>();
  const executor: GatewayExecutor = async ({ document, request, context }) => {
    // The name the client asked for: Apollo's own `operationName` is null when no operation matched it.
    const operationName = request.operationName ?? undefined;
    // graphql-js resolves the operation and coerces the variables first, so an unknown operation or a bad variable
    // is refused with graphql-js's own errors (Apollo answers the latter as BAD_USER_INPUT, status 400).
    const variables = request.variables ?? {};
    const checked = buildExecutionContext({ schema, document, operationName, variableValues: variables });
    if (!('operation' in checked)) return { errors: checked };
    const withDefaults = withInputDefaults(schema, checked.operation.variableDefinitions ?? [], variables);
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      // A document that cannot run (an unknown operation name, say) compiles to the errors graphql-js would give.
      query = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      byOperation.set(key, query);
    }
    if (!isCompiledQuery(query)) return query;
    // The request's loaders select the columns this operation reads (projection.ts).
    (context as { shape?: OperationShape }).shape?.use(schema, checked.operation, checked.fragments);
    const result = await query.query(undefined, context, withDefaults);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors imitate graphql-js's but leave `extensions` undefined when the thrown error had none, where
 * Apollo reads `error.extensions.code` and, failing, answers "Internal server error" without calling formatError
 * (a database outage lost its SERVICE_UNAVAILABLE that way). They become graphql-js errors, same fields.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: {} });
  (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}
