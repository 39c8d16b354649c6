import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/messages';

/** Seconds a client should wait before retrying when the database is unavailable. */
const RETRY_AFTER_SECONDS = '5';

/**
 * The top-level error for a request that could not reach the database in time: code SERVICE_UNAVAILABLE and
 * HTTP 503 with Retry-After (docs/api.md), instead of an INTERNAL_SERVER_ERROR. Safe to retry.
 */
export function serviceUnavailableError(locale: Locale): GraphQLError {
  return new GraphQLError(translate(locale, 'error.serviceUnavailable'), {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', RETRY_AFTER_SECONDS]]) } },
  });
}

/** Execution errors carry no HTTP status of their own: a response with a database-unavailable error becomes 503. */
export function databaseUnavailableStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (!errors?.some((e) => isDatabaseUnavailable(e.originalError ?? e))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
        },
      };
    },
  };
}
