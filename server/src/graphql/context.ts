import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../app-services';
import type { Locale } from '../i18n/locale';
import type { UserRole } from '../modules/accounts/user.entity';
import type { Loaders } from './loaders';
import type { OperationShape } from './projection';

/** Who is calling, as proven by their access token. */
export interface Viewer {
  userId: string;
  role: UserRole;
  sessionId: string;
}

export interface AppContext {
  requestId: string;
  /** A fork of the ORM's EntityManager for this request only. */
  em: EntityManager;
  loaders: Loaders;
  /** What the request's operation reads of each type, for the loaders' column lists (projection.ts). */
  shape: OperationShape;
  /** A fresh set, so what is read after a mutation reflects it (loaders cache plain rows, not tracked entities). */
  newLoaders(): Loaders;
  viewer: Viewer | null;
  locale: Locale;
  req: Request;
  app: AppServices;
}
