import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { deleteAccount } from '../src/modules/privacy/delete-account';
import { SYSTEM_ORIGIN } from '../src/modules/audit/audit-log';
import { decodeQr } from '../src/modules/invoices/zatca-qr';
import { runJobsOnce } from '../src/jobs';
import { signInAs } from './auth';
import { book, insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { paidBooking, SIM_KEYS, simEnv } from './payment-fixtures';
import { sql } from './sql';

const EXPORT = '{ myDataExport { generatedAt fileName json } }';
const REQUEST = 'mutation { requestAccountDeletionCode(input: {}) { requestId expiresAt errors { code field } } }';
const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted cancelledBookings errors { code message field } } }';
const CONSENT = 'mutation($granted: Boolean!) { setMarketingConsent(input: { granted: $granted }) { consent { granted source recordedAt } errors { code } } }';
const ME = '{ me { id firstName marketingConsent { granted source recordedAt } } }';

/** Which text or JSON column of which table still holds any of `needles` (every table, retained records included). */
async function findAnywhere(t: TestServer, needles: string[]): Promise<string[]> {
  const client = new Client({ connectionString: t.app.orm.config.get('clientUrl') });
  await client.connect();
  try {
    const { rows: columns } = await client.query(`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'character varying', 'json', 'jsonb') and table_name not like 'mikro_orm%'`);
    const found: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const { rows } = await client.query(`select n from unnest($1::text[]) n where exists (select 1 from "${table}" where "${column}"::text ilike '%' || n || '%')`, [needles]);
      for (const { n } of rows) found.push(`${table}.${column} has ${n}`);
    }
    return found;
  } finally {
    await client.end();
  }
}

describe('export, deletion and consent (PDPL)', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let t: TestServer;
  let second: TestServer;
  let rose: Stage;
  let elite: Stage;

  beforeAll(async () => {
    sim = await startMoyasarSimulator(SIM_KEYS);
    const env = { ...simEnv(sim), OTP_RESEND_COOLDOWN_SECONDS: '0' };
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now }, env });
    second = await startTestServer({ databaseUrl: t.databaseUrl, overrides: { now: clock.now }, env });
    sim.control.dropWebhooks = true;
    rose = await stage(t, 'Rose Touch Salon');
    elite = await stage(t, 'Elite Barbers');
  });
  afterAll(async () => {
    await second.stop();
    await t.stop();
    await sim.stop();
  });

  const codeFor = (server: TestServer, phone: string) => [...server.logs].reverse().find((l) => l.event === 'otp.console' && l.phoneNumber === phone)?.code as string;
  async function deletionCode(server: TestServer, token: string, phone: string) {
    const res = await server.gql(REQUEST, {}, { token });
    expect(res.data.requestAccountDeletionCode.errors).toEqual([]);
    return { requestId: res.data.requestAccountDeletionCode.requestId as string, code: codeFor(server, phone) };
  }

  /** A customer with a name and email, a past reviewed booking, a future paid booking and a future unpaid one, messages and a consent. */
  async function busyCustomer(phone: string, hour: number, [first, last]: [string, string]) {
    const customer = await newCustomer(t, phone);
    await sql(t, 'update users set first_name = $2, last_name = $3, email = $4 where id = $1', [customer.id, first, last, `${first}.${phone.slice(-4)}@example.com`]);
    const past = await insertBooking(t, rose, customer.id, 'COMPLETED', '2026-11-20T07:00:00.000Z');
    await sql(t, "insert into reviews (id, created_at, updated_at, salon_id, customer_id, booking_id, rating, comment) values (gen_random_uuid(), $3, $3, $1, $2, $4, 5, $5)", [rose.salonId, customer.id, t.app.now(), past, `${first} loved it, call me on 0${phone.slice(4)}`]);
    const paid = await paidBooking(t, sim, elite, customer.token, `2026-12-10T${String(hour).padStart(2, '0')}:00:00.000Z`, `${first} ${last}`);
    const { booking: unpaid } = await book(t, customer.token, rose, { startsAt: `2026-12-10T${String(hour + 1).padStart(2, '0')}:00:00.000Z`, notes: `${first}: allergic to latex` });
    expect((await t.gql(CONSENT, { granted: true }, { token: customer.token })).data.setMarketingConsent.errors).toEqual([]);
    return { ...customer, past, paid, unpaid };
  }

  it('exports everything about the signed-in person as one JSON document, and records the export', async () => {
    const c = await busyCustomer('+966551110001', 7, ['Zubaida', 'Qahtaniyya']);
    const res = await t.gql(EXPORT, {}, { token: c.token, headers: { 'user-agent': 'ExportBrowser' } });
    expect(res.errors).toBeUndefined();
    const { fileName, json } = res.data.myDataExport;
    expect(fileName).toBe('my-data-2026-12-01.json');
    const data = JSON.parse(json);
    expect(data.format).toBe('salon-platform-export/1');
    expect(data.profile).toMatchObject({ id: c.id, phoneNumber: c.phone, firstName: 'Zubaida', lastName: 'Qahtaniyya', email: 'Zubaida.0001@example.com' });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.bookings.map((b: any) => b.id).sort()).toEqual([c.past, c.paid.booking.id, c.unpaid.id].sort());
    const unpaid = data.bookings.find((b: any) => b.id === c.unpaid.id);
    expect(unpaid).toMatchObject({ notes: 'Zubaida: allergic to latex', salonName: 'Rose Touch Salon' });
    expect(unpaid.events).toEqual([expect.objectContaining({ toStatus: unpaid.status, byYou: true })]);
    expect(data.payments).toEqual([expect.objectContaining({ id: c.paid.paymentId, status: 'PAID', cardLast4: '1111' })]);
    expect(data.invoices).toEqual([expect.objectContaining({ kind: 'INVOICE', bookingId: c.paid.booking.id, totalHalalas: expect.any(Number), vatHalalas: expect.any(Number) })]);
    expect(json).not.toContain('4111111111111111');
    expect(json).not.toContain('4111-11');
    expect(data.reviews).toEqual([expect.objectContaining({ bookingId: c.past, rating: 5 })]);
    expect(data.messages.length).toBeGreaterThan(0);
    expect(data.messages[0]).toEqual(expect.objectContaining({ event: expect.any(String), status: 'PENDING', channel: 'SMS' }));
    expect(data.consents).toEqual([expect.objectContaining({ purpose: 'MARKETING', granted: true, source: 'PROFILE' })]);
    const [entry] = await sql(t, "select actor_id, subject_user_id, user_agent from audit_log where action = 'EXPORT'");
    expect(entry).toEqual({ actor_id: c.id, subject_user_id: c.id, user_agent: 'ExportBrowser' });
    expect((await t.gql(EXPORT)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('deletes with a fresh code: bookings cancelled and refunded, salon told, signed out, every personal field erased, payments kept reduced', async () => {
    const c = await busyCustomer('+966551110002', 9, ['Wijdan', 'Anziyya']);
    const traces = [c.phone, c.phone.slice(4), `0${c.phone.slice(4)}`, 'Wijdan', 'Anziyya', 'Wijdan.0002@example.com'];
    // The scan finds what is there: before the deletion, each trace is somewhere, the card holder's name in the gateway's reports too.
    const before = await findAnywhere(t, traces);
    for (const trace of traces) expect(before.some((f) => f.endsWith(` has ${trace}`))).toBe(true);
    expect(before).toEqual(expect.arrayContaining(['payments.provider_payload has Wijdan', 'payment_events.payload has Anziyya']));
    const [{ id: sessionStylist }] = await sql(t, 'select sm.user_id as id from staff_members sm where sm.id = $1', [rose.staffId]);
    // A sign-in code cannot delete, nor a wrong code; nothing changes.
    const { requestId, code } = await deletionCode(t, c.token, c.phone);
    const wrong = await t.gql(DELETE, { input: { requestId, code: code === '000000' ? '111111' : '000000' } }, { token: c.token });
    expect(wrong.data.deleteMyAccount).toMatchObject({ deleted: null, errors: [{ code: 'INVALID_CODE', field: ['input', 'code'] }] });
    expect((await sql(t, 'select deleted_at from users where id = $1', [c.id]))[0].deleted_at).toBeNull();

    const [invoice] = await sql(t, "select id, qr_code, total_halalas, vat_halalas from invoices where payment_id = $1 and kind = 'INVOICE'", [c.paid.paymentId]);
    const res = await t.gql(DELETE, { input: { requestId, code } }, { token: c.token });
    expect(res.data.deleteMyAccount).toEqual({ deleted: true, cancelledBookings: 2, errors: [] });

    expect(await sql(t, 'select id, status from bookings where customer_id = $1 order by starts_at', [c.id])).toEqual([
      { id: c.past, status: 'COMPLETED' }, { id: c.paid.booking.id, status: 'CANCELLED' }, { id: c.unpaid.id, status: 'CANCELLED' },
    ]);
    expect(await sql(t, "select kind, status from payment_operations where payment_id = $1", [c.paid.paymentId])).toEqual([{ kind: 'REFUND', status: 'PENDING' }]);
    await runJobsOnce(t.app);
    expect((await sql(t, 'select status from payments where id = $1', [c.paid.paymentId]))[0].status).toBe('REFUNDED');
    // The invoice is kept as issued, marked retained with why; its QR still decodes to the same totals; the refund got its credit note.
    const [kept] = await sql(t, 'select qr_code, total_halalas, vat_halalas from invoices where id = $1', [invoice.id]);
    expect(kept).toEqual({ qr_code: invoice.qr_code, total_halalas: invoice.total_halalas, vat_halalas: invoice.vat_halalas });
    const qr = decodeQr(kept.qr_code);
    expect([qr.get(4), qr.get(5)]).toEqual([(invoice.total_halalas / 100).toFixed(2), (invoice.vat_halalas / 100).toFixed(2)]);
    expect(await sql(t, 'select reason from retained_records where record_id = $1', [invoice.id])).toEqual([{ reason: expect.stringContaining('ZATCA') }]);
    expect(await sql(t, "select total_halalas from invoices where original_invoice_id = $1 and kind = 'CREDIT_NOTE'", [invoice.id])).toEqual([{ total_halalas: invoice.total_halalas }]);
    // The stylists are told; nothing more is sent to the erased customer.
    const told = await sql(t, "select n.recipient_id from notifications n where n.booking_id = $1 and n.event = 'CANCELLED'", [c.unpaid.id]);
    expect(told).toEqual([{ recipient_id: sessionStylist }]);
    expect(await sql(t, "select 1 from notifications where recipient_id = $1 and status = 'PENDING'", [c.id])).toEqual([]);
    expect((await t.gql(ME, {}, { token: c.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sql(t, 'select 1 from sessions where user_id = $1 and revoked_at is null', [c.id])).toEqual([]);

    // Nothing of the person is left anywhere, retained payment records included.
    expect(await findAnywhere(t, traces)).toEqual([]);
    const [payment] = await sql(t, 'select amount_halalas, card_last4, retained_reason, provider_payload from payments where id = $1', [c.paid.paymentId]);
    expect(payment).toMatchObject({ card_last4: '1111', retained_reason: expect.stringContaining('ZATCA') });
    expect(payment.provider_payload).toMatchObject({ redacted: true, amount: payment.amount_halalas });
    const [user] = await sql(t, 'select phone_number, email, first_name, last_name, deleted_at from users where id = $1', [c.id]);
    expect(user).toEqual({ phone_number: expect.stringMatching(/^x[0-9a-f]{15}$/), email: null, first_name: '', last_name: '', deleted_at: clock.now() });
    const [entry] = await sql(t, "select actor_id, details from audit_log where action = 'DELETION' and subject_user_id = $1", [c.id]);
    expect(entry).toEqual({ actor_id: c.id, details: { cancelledBookings: 2, retainedPayments: 1, retainedInvoices: 1 } });

    // The salon still sees its history, with no one's number.
    const manager = await signInAs(t, '+966500000001');
    const seen = await t.gql('query($id: ID!) { booking(id: $id) { customer { displayName } customerPhoneNumber } }', { id: c.past }, { token: manager });
    expect(seen.data.booking).toEqual({ customer: { displayName: 'حساب محذوف' }, customerPhoneNumber: '' });

    // The number signs up again as a new, empty account.
    const sent = await t.gql('mutation($p: String!) { requestPhoneCode(input: { phoneNumber: $p }) { requestId errors { code } } }', { p: c.phone });
    expect(sent.data.requestPhoneCode.errors).toEqual([]);
    const signedIn = await t.gql('mutation($r: ID!, $c: String!) { verifyPhoneCode(input: { requestId: $r, code: $c }) { accessToken user { id firstName email } errors { code } } }',
      { r: sent.data.requestPhoneCode.requestId, c: codeFor(t, c.phone) });
    const fresh = signedIn.data.verifyPhoneCode;
    expect(fresh.errors).toEqual([]);
    expect(fresh.user).toEqual({ id: expect.not.stringMatching(c.id), firstName: '', email: null });
    const mine = await t.gql('{ myBookings { edges { node { id } } } }', {}, { token: fresh.accessToken });
    expect(mine.data.myBookings.edges).toEqual([]);
  });

  it('a second deletion request is harmless, and concurrent ones on two instances delete once', async () => {
    const c = await busyCustomer('+966551110003', 12, ['Lulwa', 'Dosariyya']);
    const one = await deletionCode(t, c.token, c.phone);
    const two = await deletionCode(second, c.token, c.phone);
    const [a, b] = await Promise.all([
      t.gql(DELETE, { input: one }, { token: c.token }),
      second.gql(DELETE, { input: two }, { token: c.token }),
    ]);
    const results = [a.data.deleteMyAccount, b.data.deleteMyAccount];
    expect(results.map((r) => r.deleted)).toEqual([true, true]);
    expect(results.map((r) => r.cancelledBookings).sort()).toEqual([0, 2]);
    expect(await sql(t, "select count(*)::int as n from audit_log where action = 'DELETION' and subject_user_id = $1", [c.id])).toEqual([{ n: 1 }]);
    expect(await sql(t, "select count(*)::int as n from payment_operations where payment_id = $1 and kind = 'REFUND'", [c.paid.paymentId])).toEqual([{ n: 1 }]);
    // Again, as the use case (the API already refuses the revoked session): nothing happens.
    const again = await deleteAccount(t.app, t.app.orm.em.fork() as EntityManager, c.id, one.requestId, one.code, SYSTEM_ORIGIN).catch((err: Error) => err.message);
    expect(again).toBe('accounts.invalidCode');
    expect((await t.gql(REQUEST, {}, { token: c.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sql(t, "select count(*)::int as n from audit_log where action = 'DELETION' and subject_user_id = $1", [c.id])).toEqual([{ n: 1 }]);
  });

  it('removes a stylist and a manager from their salons first, as the team lifecycle does; refuses the only manager of a salon', async () => {
    const stylistPhone = '+966500000003';
    const stylist = await signInAs(t, stylistPhone);
    const [{ id: stylistId }] = await sql(t, 'select id from users where phone_number = $1', [stylistPhone]);
    const res = await t.gql(DELETE, { input: await deletionCode(t, stylist, stylistPhone) }, { token: stylist });
    expect(res.data.deleteMyAccount.errors).toEqual([]);
    expect(await sql(t, 'select distinct is_active, display_name, bio from staff_members where user_id = $1', [stylistId])).toEqual([{ is_active: false, display_name: '—', bio: '' }]);
    const trail = await sql(t, 'select salon_id, action, from_role from role_events where subject_id = $1', [stylistId]);
    expect(trail).toEqual(expect.arrayContaining([{ salon_id: rose.salonId, action: 'STYLIST_DEACTIVATED', from_role: 'STYLIST' }]));
    const [change] = await sql(t, "select actor_id, details from audit_log where action = 'ROLE_CHANGE' and subject_user_id = $1 and salon_id = $2", [stylistId, rose.salonId]);
    expect(change).toEqual({ actor_id: stylistId, details: { change: 'STYLIST_DEACTIVATED', from: 'STYLIST', to: null } });

    // A second manager of Rose Touch deletes their account: their membership ends first.
    const second = await newCustomer(t, '+966551110009');
    await sql(t, "insert into salon_memberships (id, created_at, updated_at, salon_id, user_id, role) values (gen_random_uuid(), $3, $3, $1, $2, 'MANAGER')", [rose.salonId, second.id, t.app.now()]);
    const gone = await t.gql(DELETE, { input: await deletionCode(t, second.token, second.phone) }, { token: second.token });
    expect(gone.data.deleteMyAccount.errors).toEqual([]);
    expect(await sql(t, 'select 1 from salon_memberships where user_id = $1', [second.id])).toEqual([]);
    expect(await sql(t, 'select action, from_role from role_events where subject_id = $1', [second.id])).toEqual([{ action: 'REMOVED', from_role: 'MANAGER' }]);

    // Elite Barbers' owner is its only manager: refused until someone else manages it.
    const owner = await signInAs(t, '+966500000101');
    const refused = await t.gql(DELETE, { input: await deletionCode(t, owner, '+966500000101') }, { token: owner });
    expect(refused.data.deleteMyAccount).toMatchObject({ deleted: null, errors: [{ code: 'SOLE_SALON_MANAGER', message: expect.stringContaining('المدير الوحيد') }] });
    expect((await sql(t, "select deleted_at from users where phone_number = '+966500000101'"))[0].deleted_at).toBeNull();
  });

  it('asks marketing consent explicitly, records when and where, and withdraws it in one call', async () => {
    const c = await newCustomer(t);
    expect((await t.gql(ME, {}, { token: c.token })).data.me.marketingConsent).toEqual({ granted: false, source: null, recordedAt: null });
    await t.gql(CONSENT, { granted: true }, { token: c.token });
    clock.advance(60_000);
    const off = await t.gql(CONSENT, { granted: false }, { token: c.token });
    expect(off.data.setMarketingConsent).toEqual({ consent: { granted: false, source: 'PROFILE', recordedAt: clock.now().toISOString() }, errors: [] });
    expect((await t.gql(ME, {}, { token: c.token })).data.me.marketingConsent).toEqual({ granted: false, source: 'PROFILE', recordedAt: clock.now().toISOString() });
    expect(await sql(t, 'select granted, source from consents where user_id = $1 order by recorded_at', [c.id])).toEqual([
      { granted: true, source: 'PROFILE' }, { granted: false, source: 'PROFILE' },
    ]);
    // Nobody else reads it, not even the salon the person booked with.
    const id = await insertBooking(t, rose, c.id, 'CONFIRMED', '2026-12-11T07:00:00.000Z');
    const manager = await signInAs(t, '+966500000001');
    const res = await t.gql('query($id: ID!) { booking(id: $id) { customer { marketingConsent { granted } } } }', { id }, { token: manager });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
