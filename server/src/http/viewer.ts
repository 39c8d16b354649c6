import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { AppServices } from '../app-services';
import type { Viewer } from '../graphql/context';
import type { Locale } from '../i18n/locale';
import { localeFromAcceptLanguage } from '../i18n/locale';
import { translate } from '../i18n/messages';
import { verifyAccessToken } from '../modules/accounts/access-token';
import { liveSessionLanguage } from '../modules/accounts/sessions';
import { Language } from '../modules/accounts/user.entity';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reads `Authorization: Bearer <jwt>`. No header means an anonymous caller; a bad or expired token
 * fails the whole request with UNAUTHENTICATED so the client knows to refresh.
 */
export async function resolveViewer(req: Request, app: AppServices): Promise<{ viewer: Viewer; locale?: Locale } | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const viewer = match ? await verifyAccessToken(match[1].trim(), app.config.JWT_SECRET, app.now()) : null;
  const language = viewer ? await liveSessionLanguage(app.orm.em.fork() as EntityManager, viewer.sessionId, viewer.userId) : null;
  if (!viewer || !language) {
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    throw new GraphQLError(translate(locale, 'error.unauthenticated'), {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return { viewer, locale: language === Language.EN ? 'en' : 'ar' };
}
