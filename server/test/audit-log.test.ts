import { randomUUID } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { paidBooking, SIM_KEYS, simEnv } from './payment-fixtures';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const LOG = `query($salonId: ID!, $action: AuditAction, $after: String, $first: Int) { salonAuditLog(salonId: $salonId, action: $action, after: $after, first: $first) {
  edges { node { id occurredAt action actorRole salonId targetType targetId details ip userAgent actor { id } subject { id } } }
  pageInfo { hasNextPage endCursor } } }`;
const PHONE = 'query($id: ID!) { booking(id: $id) { id customerPhoneNumber } }';
const CALENDAR = 'query($salonId: ID!, $from: DateTime!, $to: DateTime!) { salonBookings(salonId: $salonId, from: $from, to: $to) { id customerPhoneNumber } }';
const REFUND = 'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { refundedHalalas } errors { code } } }';
const CANCEL = 'mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status } errors { code } } }';
const ADD_STAFF = 'mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { staffMember { id } errors { code } } }';

describe('the audit log: who read, exported, deleted, refunded or changed a role, append-only', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let t: TestServer;
  let rose: Stage;
  let elite: Stage;
  let roseManager: string;
  let roseStylist: string;
  let eliteManager: string;
  let roseManagerId: string;

  beforeAll(async () => {
    sim = await startMoyasarSimulator(SIM_KEYS);
    t = await startTestServer({
      seedDemo: true,
      overrides: { now: clock.now },
      env: simEnv(sim),
    });
    sim.control.dropWebhooks = true;
    rose = await stage(t, 'Rose Touch Salon');
    elite = await stage(t, 'Elite Barbers');
    roseManager = await signInAs(t, '+966500000001');
    roseStylist = await signInAs(t, '+966500000003');
    eliteManager = await signInAs(t, '+966500000101');
    [{ id: roseManagerId }] = await sql(t, "select id from users where phone_number = '+966500000001'");
  });
  afterAll(async () => {
    await t.stop();
    await sim.stop();
  });

  const entries = async (salonId: string, token: string, action?: string) => {
    const res = await t.gql(LOG, { salonId, action }, { token });
    expect(res.errors).toBeUndefined();
    return res.data.salonAuditLog.edges.map((e: any) => e.node);
  };

  it("records every read of a customer's phone by the salon, with who, when and from where, and none by the customer", async () => {
    const customer = await newCustomer(t);
    const id = await insertBooking(t, rose, customer.id, 'CONFIRMED');
    const read = await t.gql(PHONE, { id }, { token: roseStylist, headers: { 'user-agent': 'FrontDeskTablet/1.0' } });
    expect(read.data.booking.customerPhoneNumber).toBe(customer.phone);
    await t.gql(PHONE, { id }, { token: customer.token });
    const [entry, ...rest] = await entries(rose.salonId, roseManager, 'PHONE_READ');
    expect(rest).toEqual([]);
    const [{ id: stylistId }] = await sql(t, "select id from users where phone_number = '+966500000003'");
    expect(entry).toMatchObject({
      action: 'PHONE_READ', actorRole: 'STAFF', actor: { id: stylistId }, subject: { id: customer.id }, salonId: rose.salonId,
      targetType: 'BOOKING', targetId: id, ip: '127.0.0.1', userAgent: 'FrontDeskTablet/1.0', occurredAt: clock.now().toISOString(),
    });
    expect(JSON.parse(entry.details)).toEqual({});
  });

  it("logs a calendar's reads in one statement per request, each booking once", async () => {
    const before = (await sql(t, "select count(*)::int as n from audit_log where action = 'PHONE_READ'"))[0].n;
    const customers = await Promise.all([newCustomer(t), newCustomer(t), newCustomer(t)]);
    for (const [i, c] of customers.entries()) await insertBooking(t, rose, c.id, 'CONFIRMED', `2026-12-10T${10 + i}:00:00.000Z`);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${roseManager}` },
      body: JSON.stringify({ query: `{ a: salonBookings(salonId: "${rose.salonId}", from: "2026-12-10T00:00:00Z", to: "2026-12-11T00:00:00Z") { customerPhoneNumber }
        b: salonBookings(salonId: "${rose.salonId}", from: "2026-12-10T00:00:00Z", to: "2026-12-11T00:00:00Z") { customerPhoneNumber } }` }),
    });
    const body = (await res.json()) as any;
    expect(body.data.a.length).toBeGreaterThanOrEqual(3);
    const after = (await sql(t, "select count(*)::int as n from audit_log where action = 'PHONE_READ'"))[0].n;
    expect(after - before).toBe(body.data.a.length);
    const calendar = await t.gql(CALENDAR, { salonId: rose.salonId, from: '2026-12-10T00:00:00Z', to: '2026-12-11T00:00:00Z' }, { token: roseManager });
    expect(calendar.errors).toBeUndefined();
  });

  it("records a manager's refund and the automatic refund of a cancelled paid booking", async () => {
    const paid = async (startsAt: string) => {
      const customer = await newCustomer(t);
      return { customer, ...(await paidBooking(t, sim, elite, customer.token, startsAt)) };
    };
    const one = await paid('2026-12-10T07:00:00.000Z');
    const refunded = await t.gql(REFUND, { input: { paymentId: one.paymentId, amountHalalas: 1000 } }, { token: eliteManager, headers: { 'user-agent': 'ManagerPhone' } });
    expect(refunded.data.refundPayment.errors).toEqual([]);
    clock.advance(1000);
    const two = await paid('2026-12-10T09:00:00.000Z');
    expect((await t.gql(CANCEL, { input: { bookingId: two.booking.id, reason: 'cannot come' } }, { token: two.customer.token })).data.cancelBooking.errors).toEqual([]);
    const refunds = await entries(elite.salonId, eliteManager, 'REFUND');
    expect(refunds).toHaveLength(2);
    expect(refunds[1]).toMatchObject({ actorRole: 'MANAGER', userAgent: 'ManagerPhone', ip: '127.0.0.1', targetType: 'PAYMENT', targetId: one.paymentId, subject: { id: one.customer.id } });
    expect(JSON.parse(refunds[1].details)).toEqual({ bookingId: one.booking.id, amountHalalas: 1000 });
    expect(refunds[0]).toMatchObject({ actorRole: 'customer', actor: { id: two.customer.id }, targetId: two.paymentId, subject: { id: two.customer.id } });
  });

  it('records a role change when a customer is added to the staff', async () => {
    clock.advance(1000);
    const customer = await newCustomer(t);
    const res = await t.gql(ADD_STAFF, { input: { salonId: rose.salonId, phoneNumber: customer.phone, displayName: 'Nora' } }, { token: roseManager });
    expect(res.data.addStaffMember.errors).toEqual([]);
    const [entry] = await entries(rose.salonId, roseManager, 'ROLE_CHANGE');
    // Roles are per salon (ADR 0011): the entry points at the salon's role trail, which names the change.
    expect(entry).toMatchObject({ actor: { id: roseManagerId }, actorRole: 'MANAGER', subject: { id: customer.id }, targetType: 'ROLE_EVENT' });
    expect(JSON.parse(entry.details)).toEqual({ change: 'STYLIST_ADDED', from: null, to: 'STYLIST' });
  });

  it("shows a salon's log to its managers only, in pages", async () => {
    expect((await t.gql(LOG, { salonId: rose.salonId }, { token: eliteManager })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(LOG, { salonId: rose.salonId }, { token: roseStylist })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(LOG, { salonId: rose.salonId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const first = (await t.gql(LOG, { salonId: rose.salonId, first: 2 }, { token: roseManager })).data.salonAuditLog;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await t.gql(LOG, { salonId: rose.salonId, first: 100, after: first.pageInfo.endCursor }, { token: roseManager })).data.salonAuditLog;
    const all = [...first.edges, ...next.edges].map((e: any) => e.node);
    expect(all.every((e: any) => e.salonId === rose.salonId)).toBe(true);
    expect(new Set(all.map((e: any) => e.id)).size).toBe(all.length);
    expect((await sql(t, 'select count(*)::int as n from audit_log where salon_id = $1', [rose.salonId]))[0].n).toBe(all.length);
  });

  it('shows every entry to a platform administrator, and to nobody else', async () => {
    const [{ phone_number: adminPhone }] = await sql(t, 'select u.phone_number from platform_admins a join users u on u.id = a.user_id limit 1');
    const ALL = '{ platformAuditLog(first: 100) { edges { node { id salonId } } } }';
    const seen = (await t.gql(ALL, {}, { token: await signInAs(t, adminPhone) })).data.platformAuditLog.edges;
    expect(seen.length).toBe((await sql(t, 'select count(*)::int as n from audit_log'))[0].n);
    expect(new Set(seen.map((e: any) => e.node.salonId))).toEqual(new Set([rose.salonId, elite.salonId]));
    expect((await t.gql(ALL, {}, { token: roseManager })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused, whoever runs them', async () => {
    const [{ id }] = await sql(t, 'select id from audit_log limit 1');
    await expect(sql(t, "update audit_log set ip = '10.0.0.1' where id = $1", [id])).rejects.toThrow(/append-only: UPDATE/);
    await expect(sql(t, 'delete from audit_log where id = $1', [id])).rejects.toThrow(/append-only: DELETE/);
    await expect(sql(t, 'truncate audit_log')).rejects.toThrow(/append-only: TRUNCATE/);
    // Setting the purge's marker by hand opens nothing newer than the cutoff it names.
    await expect(sql(t, "begin; select set_config('audit_log.purge_before', '2000-01-01', true); delete from audit_log; commit")).rejects.toThrow(/append-only: DELETE/);
  });

  it('grants an application role of its own INSERT and SELECT only (the deployment in docs/privacy.md)', async () => {
    const role = `audit_app_${randomUUID().slice(0, 8)}`;
    await sql(t, `create role ${role}; grant select, insert on audit_log to ${role}; grant execute on function audit_log_purge(timestamptz) to ${role}`);
    await expect(sql(t, `begin; set local role ${role}; update audit_log set ip = null; commit`)).rejects.toThrow(/permission denied/);
    await expect(sql(t, `begin; set local role ${role}; delete from audit_log; commit`)).rejects.toThrow(/permission denied/);
    await sql(t, `begin; set local role ${role}; insert into audit_log (id, occurred_at, action) values (gen_random_uuid(), '2026-12-01T06:00:00Z', 'EXPORT'); select audit_log_purge('2000-01-01'); commit`);
  });

  it('keeps entries for AUDIT_RETENTION_DAYS and the jobs purge older ones, on the application clock', async () => {
    const total = (await sql(t, 'select count(*)::int as n from audit_log'))[0].n;
    expect((await runJobsOnce(t.app)).purgedAuditEntries).toBe(0);
    clock.set(new Date('2026-12-02T06:00:00Z'));
    const phoneReader = await newCustomer(t);
    const read = await t.gql(PHONE, { id: await insertBooking(t, rose, phoneReader.id, 'CONFIRMED', '2026-12-10T15:00:00.000Z') }, { token: await signInAs(t, '+966500000001') });
    expect(read.data.booking.customerPhoneNumber).toBe(phoneReader.phone);
    clock.set(new Date(new Date('2026-12-01T12:00:00Z').getTime() + t.app.config.AUDIT_RETENTION_DAYS * 86_400_000 + 1));
    expect((await runJobsOnce(t.app)).purgedAuditEntries).toBe(total);
    expect(await sql(t, 'select action from audit_log')).toEqual([{ action: 'PHONE_READ' }]);
  });
});
