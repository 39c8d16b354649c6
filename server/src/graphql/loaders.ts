import type { EntityManager } from '@mikro-orm/postgresql';
import { createAccountsLoaders } from '../modules/accounts/accounts.loaders';
import { createCatalogLoaders } from '../modules/catalog/catalog.loaders';
import { createHoursLoaders } from '../modules/hours/hours.loaders';
import { createBookingLoaders } from '../modules/bookings/bookings.loaders';
import { createPaymentLoaders } from '../modules/payments/payments.loaders';
import { createInvoiceLoaders } from '../modules/invoices/invoices.loaders';
import { createCounterPaymentLoaders } from '../modules/counter-payments/counter-payments.loaders';
import { createPeopleLoaders } from '../modules/people/people.loaders';
import { createConsentLoader } from '../modules/privacy/consent';
import { createReviewLoaders } from '../modules/reviews/reviews.loaders';
import { createWaitlistLoaders } from '../modules/waitlist/waitlist.loaders';
import { createMediaLoaders } from '../modules/media/media.loaders';
import { createNotificationLoaders } from '../modules/notifications/notifications.loaders';
import type { PropertiesAsked } from './projection';

const readEverything: PropertiesAsked = () => null;

/**
 * One set per request, so batching and caching never leak between callers. `asked` is what the request's operation
 * reads of each type (projection.ts); callers outside GraphQL read whole rows.
 */
export function createLoaders(em: EntityManager, now: () => Date, viewerId: string | null = null, asked: PropertiesAsked = readEverything) {
  const accounts = createAccountsLoaders(em);
  return {
    accounts,
    // The catalogue primes the accounts' users with the reviewers it reads ahead.
    catalog: createCatalogLoaders(em, now, accounts.userById, asked),
    hours: createHoursLoaders(em),
    bookings: createBookingLoaders(em, viewerId),
    payments: createPaymentLoaders(em),
    invoices: createInvoiceLoaders(em),
    counterPayments: createCounterPaymentLoaders(em),
    people: createPeopleLoaders(em),
    privacy: { consent: createConsentLoader(em) },
    reviews: createReviewLoaders(em),
    waitlist: createWaitlistLoaders(em),
    media: createMediaLoaders(em),
    notifications: createNotificationLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
