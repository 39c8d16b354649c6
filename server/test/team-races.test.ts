import { signInAs } from './auth';
import { newCustomer } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const ROLE = 'mutation($input: ChangeSalonMemberRoleInput!) { changeSalonMemberRole(input: $input) { member { role } errors { code } } }';
const REMOVE = 'mutation($input: RemoveSalonMemberInput!) { removeSalonMember(input: $input) { removedUserId errors { code } } }';

/** The last manager is a scarce thing: two managers acting on each other at once, on two instances, leave one. */
describe('a salon keeps a manager when two managers act on each other at once (two instances)', () => {
  const clock = testClock(new Date('2026-12-09T06:30:00Z'));
  let a: TestServer;
  let b: TestServer;
  let salonId: string;

  beforeAll(async () => {
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now } });
    [{ id: salonId }] = await sql(a, "select id from salons where name_en = 'Elite Barbers'");
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it.each([
    ['demote each other', ROLE, { role: 'RECEPTIONIST' }],
    ['remove each other', REMOVE, {}],
  ])('%s: exactly one succeeds, ten rounds', async (_name, mutation, extra) => {
    for (let round = 0; round < 10; round++) {
      // Two managers: the owner and someone new.
      await sql(a, 'delete from salon_memberships where salon_id = $1', [salonId]);
      const [{ id: ownerId }] = await sql(a, 'select owner_id as id from salons where id = $1', [salonId]);
      const other = await newCustomer(a);
      for (const userId of [ownerId, other.id]) {
        await sql(a, "insert into salon_memberships (id, created_at, updated_at, salon_id, user_id, role) values (gen_random_uuid(), $3, $3, $1, $2, 'MANAGER')", [salonId, userId, clock.now()]);
      }
      const ownerToken = await signInAs(a, '+966500000101');
      const [x, y] = await Promise.all([
        a.gql(mutation, { input: { salonId, userId: other.id, ...extra } }, { token: ownerToken }),
        b.gql(mutation, { input: { salonId, userId: ownerId, ...extra } }, { token: other.token }),
      ]);
      const outcomes = [x, y].map((r) => Object.values(r.data ?? {})[0] as { errors: { code: string }[] } | undefined);
      const refused = outcomes.filter((o) => o?.errors.length).length + [x, y].filter((r) => r.errors?.[0]?.extensions?.code === 'FORBIDDEN').length;
      // One wins; the other is refused as the last manager, or (having just lost the role) FORBIDDEN.
      expect(refused).toBe(1);
      expect(await sql(a, "select count(*)::int as n from salon_memberships where salon_id = $1 and role = 'MANAGER'", [salonId])).toEqual([{ n: 1 }]);
    }
  }, 120_000);
});
