import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { execute, uuidArray } from '../../db/sql';
import { byKey } from '../../graphql/batch';
import { isUuid } from '../../graphql/ids';
import { DateTimeScalar } from '../../graphql/scalars';

export enum ConsentSource {
  /** The toggle on the profile page. */
  PROFILE = 'PROFILE',
}
registerEnumType(ConsentSource, { name: 'ConsentSource', description: 'Where a person gave or withdrew consent.' });

@ObjectType({ description: 'Whether the person agreed to marketing messages (offers, announcements beyond their own bookings and waitlist entries). Booking messages are service messages and need no consent.' })
export class MarketingConsent {
  @Field(() => Boolean, { description: 'True only after an explicit opt-in that was not withdrawn since; false by default.' })
  granted!: boolean;

  @Field(() => ConsentSource, { nullable: true, description: 'Where the latest choice was made; null when never asked.' })
  source!: ConsentSource | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the latest choice was made; null when never asked.' })
  recordedAt!: Date | null;
}

const NEVER_ASKED: MarketingConsent = { granted: false, source: null, recordedAt: null };

/** The latest choice per person, one statement per batch. */
export function createConsentLoader(em: EntityManager) {
  return new DataLoader<string, MarketingConsent>(async (ids) => {
    const rows = await execute<{ user_id: string; granted: boolean; source: ConsentSource; recorded_at: Date }>(em,
      `select distinct on (user_id) user_id, granted, source, recorded_at from consents
        where user_id = any(?::uuid[]) and purpose = 'MARKETING' order by user_id, recorded_at desc, id desc`,
      [uuidArray(ids.filter(isUuid))]);
    return byKey(ids, rows, (r) => r.user_id).map((r) => (r ? { granted: r.granted, source: r.source, recordedAt: new Date(r.recorded_at) } : NEVER_ASKED));
  });
}

/**
 * Records an opt-in or a withdrawal, with when and where. Every choice is a new row (the history is the proof of
 * consent); the latest one counts. Withdrawing is one call, like granting.
 */
export async function setMarketingConsent(em: EntityManager, userId: string, granted: boolean, source: ConsentSource, at: Date): Promise<MarketingConsent> {
  await execute(em, "insert into consents (id, user_id, purpose, granted, source, recorded_at) values (?, ?, 'MARKETING', ?, ?, ?)", [randomUUID(), userId, granted, source, at]);
  return { granted, source, recordedAt: at };
}
