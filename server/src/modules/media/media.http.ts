import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { resolveViewer } from '../../http/viewer';
import { localeFromAcceptLanguage, type Locale } from '../../i18n/locale';
import { translate } from '../../i18n/messages';
import { createPeopleLoaders } from '../people/people.loaders';
import { SalonRole } from '../people/roles';
import { uploadPhoto, uploadTarget } from './photos';
import { IMMUTABLE, LocalDiskStorage } from './storage';

interface Caller {
  userId: string;
  locale: Locale;
}

const send = (res: Response, status: number, body: unknown) => res.status(status).setHeader('cache-control', 'no-store').json(body);
const problem = (res: Response, status: number, code: string, message: string) => send(res, status, { photo: null, errors: [{ code, message, field: null }] });

/**
 * Photo uploads beside GraphQL (ADR 0021): `POST /media/photos?salonId=…[&serviceId=…|&staffMemberId=…]` with
 * the picture as the raw request body. Signed in like the GraphQL API (Bearer token: 401 without), the salon's
 * managers only (403 otherwise), the target checked before the body is read, the body capped, then checked by its
 * content. Answers `{ photo, errors }` like a mutation payload: 201 with the photo, 422/413 with a localised
 * UserError. Local files are served at /media with a one-year immutable cache (their names hold a content hash).
 */
export function mediaRoutes(app: AppServices): Router {
  const router = express.Router();
  const limit = app.config.MEDIA_MAX_UPLOAD_BYTES;
  const megabytes = Math.floor(limit / (1024 * 1024));
  const tooLarge = (res: Response, locale: Locale) =>
    send(res, 413, { photo: null, errors: [new BusinessError(UserErrorCode.IMAGE_TOO_LARGE, 'media.tooLarge', ['file'], { megabytes }).toUserError(locale)] });

  router.post('/media/photos', async (req: Request, res: Response, next: NextFunction) => {
    let caller: Caller;
    try {
      const resolved = await resolveViewer(req, app);
      if (!resolved) {
        problem(res, 401, 'UNAUTHENTICATED', translate(localeFromAcceptLanguage(req.headers['accept-language']), 'error.unauthenticated'));
        return;
      }
      caller = { userId: resolved.viewer.userId, locale: resolved.locale ?? localeFromAcceptLanguage(req.headers['accept-language']) };
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.code === 'UNAUTHENTICATED') {
        problem(res, 401, 'UNAUTHENTICATED', err.message);
        return;
      }
      next(err);
      return;
    }
    const target = uploadTarget.safeParse(req.query);
    if (!target.success) {
      problem(res, 400, 'BAD_USER_INPUT', 'salonId (and at most one of serviceId, staffMemberId) must be UUIDs.');
      return;
    }
    // The same rule as the GraphQL API's isManagerOf: a membership read from the database on each request.
    const memberships = await createPeopleLoaders(app.orm.em.fork() as EntityManager).membershipsByUserId.load(caller.userId);
    if (!memberships.some((m) => m.salonId === target.data.salonId && m.role === SalonRole.MANAGER)) {
      problem(res, 403, 'FORBIDDEN', translate(caller.locale, 'error.forbidden'));
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      tooLarge(res, caller.locale);
      return;
    }
    res.locals.caller = caller;
    res.locals.target = target.data;
    next();
  }, express.raw({ type: () => true, limit }), async (req: Request, res: Response, next: NextFunction) => {
    const caller = res.locals.caller as Caller;
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      const photo = await uploadPhoto(app, app.orm.em.fork() as EntityManager, res.locals.target, body);
      send(res, 201, {
        photo: { id: photo.id, url: photo.url, srcset: photo.srcset, width: photo.width, height: photo.height, position: photo.position },
        errors: [],
      });
    } catch (err) {
      if (err instanceof BusinessError) {
        send(res, 422, { photo: null, errors: [err.toUserError(caller.locale)] });
        return;
      }
      next(err);
    }
  }, (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    // A body over the cap that came without (or with a false) Content-Length: express.raw stops reading at the cap.
    if ((err as { type?: string }).type === 'entity.too.large') {
      tooLarge(res, (res.locals.caller as Caller).locale);
      return;
    }
    next(err);
  });

  if (app.media instanceof LocalDiskStorage) {
    router.use('/media', express.static(app.media.dir, {
      index: false, fallthrough: false, dotfiles: 'deny', setHeaders: (res) => res.setHeader('cache-control', IMMUTABLE),
    }));
  }
  return router;
}
