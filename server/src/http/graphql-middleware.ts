import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../app-services';
import type { AppContext } from '../graphql/context';
import { CLIENT_SAFE_CODES } from '../graphql/errors';
import { createLoaders } from '../graphql/loaders';
import { buildExecutableSchema } from '../graphql/schema';
import { compiledExecution } from '../graphql/executor';
import { translate } from '../i18n/messages';
import { localeFromAcceptLanguage } from '../i18n/locale';
import { inputGuard, knownOperationTypes } from './input-guard';
import { requestScope } from './request-scope';
import { resolveViewer } from './viewer';
import { databaseUnavailableStatus, serviceUnavailableError } from './database-unavailable';
import { isDatabaseUnavailable } from '../db/unavailable';
import { OperationShape } from '../graphql/projection';

/** Query limits sized for this API; see docs/architecture.md ("Query limits"). */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 50,
  maxCost: 20000,
};

export interface GraphqlHandler {
  handler: RequestHandler;
  stop(): Promise<void>;
}

export async function createGraphqlHandler(app: AppServices): Promise<GraphqlHandler> {
  const production = app.config.NODE_ENV === 'production';
  const introspection = app.config.GRAPHQL_INTROSPECTION ?? !production;
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    // armor lets `__typename` aliases through by default, so `a1: __typename … a600: __typename` slipped past.
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [] },
    // armor counts tokens by re-parsing inside Apollo's parsingDidStart hook, where a throw becomes a 500; the
    // parser's own limit (parseOptions below) is reported as the parse failure it is: 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const server = new ApolloServer<AppContext>({
    // Executed by graphql-jit (ADR 0024); Apollo takes another executor only through its gateway interface.
    gateway: compiledExecution(buildExecutableSchema()),
    introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: app.config.NODE_ENV === 'development',
    plugins: [...protection.plugins, inputGuard(), ...(introspection ? [] : [ApolloServerPluginLandingPageDisabled()]), ...leanPlugins(), errorLogging(app), databaseUnavailableStatus()],
    validationRules: [...protection.validationRules, knownOperationTypes],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM: HTTP drains first, then Apollo stops (Apollo stopping itself first answered 500s).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, app),
  });
  await server.start();

  const handler = expressMiddleware(server, {
    context: async ({ req }): Promise<AppContext> => {
      const scope = requestScope.getStore();
      const em = app.orm.em.fork() as EntityManager;
      const viewer = await resolveViewer(req, app).catch((err) => {
        throw isDatabaseUnavailable(err) ? serviceUnavailableError(localeFromAcceptLanguage(req.headers['accept-language'])) : err;
      });
      const locale = viewer?.locale ?? localeFromAcceptLanguage(req.headers['accept-language']);
      const shape = new OperationShape();
      const newLoaders = () => createLoaders(em, app.now, viewer?.viewer.userId ?? null, shape.propertiesOf);
      if (scope) scope.locale = locale;
      return {
        requestId: scope?.requestId ?? 'unknown',
        em,
        loaders: newLoaders(),
        shape,
        newLoaders,
        viewer: viewer?.viewer ?? null,
        locale,
        req,
        app,
      };
    },
  });
  return { handler, stop: () => server.stop() };
}

/**
 * Apollo installs some plugins unless told not to. The cache-control one hooks `willResolveField`, which makes
 * Apollo wrap every field of every response in its instrumentation (the schema has no @cacheControl hints to read);
 * the others report to Apollo's cloud, which this API does not use. Turned off explicitly so none sneaks back.
 */
function leanPlugins(): ApolloServerPlugin<AppContext>[] {
  return [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()];
}

function errorLogging(app: AppServices): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (CLIENT_SAFE_CODES.has(codeOf(error) ?? '')) continue;
            app.logger.error(
              { event: 'graphql.error', requestId: contextValue?.requestId, path: error.path, err: error.originalError ?? error },
              'Unexpected error while executing GraphQL',
            );
          }
        },
      };
    },
  };
}

/**
 * Apollo refuses some malformed requests (an unsupported persisted-query version, a hash that does not match its
 * document) with a 4xx status but no code, which would surface as INTERNAL_SERVER_ERROR: they are BAD_REQUEST.
 */
function codeOf(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  if (typeof error.extensions?.code === 'string') return error.extensions.code;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return status && status >= 400 && status < 500 ? 'BAD_REQUEST' : undefined;
}

/** Only errors meant for clients keep their text; anything unexpected becomes INTERNAL_SERVER_ERROR with the request id. */
function formatError(formatted: GraphQLFormattedError, error: unknown, app: AppServices): GraphQLFormattedError {
  const code = codeOf(error) ?? (formatted.extensions?.code as string | undefined);
  if (code && CLIENT_SAFE_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...(app.config.NODE_ENV === 'development' ? formatted.extensions : extensions), code } };
  }
  const scope = requestScope.getStore();
  const requestId = scope?.requestId;
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (isDatabaseUnavailable(original)) {
    const message = translate(scope?.locale ?? 'ar', 'error.serviceUnavailable');
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', requestId } };
  }
  return {
    message: translate('en', 'error.internal'),
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      requestId,
      ...(app.config.NODE_ENV === 'development' && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {}),
    },
  };
}
