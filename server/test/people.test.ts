import { randomUUID } from 'node:crypto';
import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const CALENDAR = 'query($salonId: ID!, $date: Date!) { salonCalendar(salonId: $salonId, date: $date) { columns { staff { id } } } }';
const DESK = `mutation($input: CreateFrontDeskBookingInput!) { createFrontDeskBooking(input: $input) { booking { id status channel } errors { code field } } }`;
const INVITE = 'mutation($input: InviteToSalonInput!) { inviteToSalon(input: $input) { invitation { id phoneNumber role status salon { id } } errors { code field } } }';
const ACCEPT = 'mutation($input: SalonInvitationInput!) { acceptSalonInvitation(input: $input) { invitation { status } errors { code } } }';
const TEAM = `query($salonId: ID!) { salonTeam(salonId: $salonId) {
  members { user { id } phoneNumber role } stylists { id isActive } invitations { id phoneNumber role }
  bookingsToHandle { id startsAt staff { id } } events { action fromRole toRole subjectPhoneNumber subject { id } actor { id } } } }`;
const ROLE = 'mutation($input: ChangeSalonMemberRoleInput!) { changeSalonMemberRole(input: $input) { member { role user { id } } errors { code field } } }';
const DEACTIVATE = 'mutation($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) { staffMember { isActive } bookingsToHandle { id } errors { code } } }';

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('the people who run a salon: managers, receptionists, invitations, deactivation', () => {
  let t: TestServer;
  let s: Stage;
  let other: Stage;
  const as: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const clock = testClock(new Date('2026-12-09T07:07:30Z'));

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    other = await stage(t, 'Elite Barbers');
    for (const [name, phone] of [['manager', '+966500000001'], ['second', '+966500000005'], ['desk', '+966500000004'], ['stylist', '+966500000003'], ['otherOwner', '+966500000101']]) {
      as[name] = await signInAs(t, phone);
      [{ id: ids[name] }] = await sql(t, 'select id from users where phone_number = $1', [phone]);
    }
  });
  afterAll(() => t.stop());

  it('lets the receptionist keep the desk: the whole calendar, front-desk bookings, confirming and cancelling', async () => {
    const calendar = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-10' }, { token: as.desk });
    expect(calendar.errors).toBeUndefined();
    expect(calendar.data.salonCalendar.columns.length).toBeGreaterThan(1);
    const made = await t.gql(DESK, { input: { salonId: s.salonId, serviceId: s.serviceId, staffId: s.staffId, startsAt: '2026-12-10T08:00:00.000Z', customer: { phoneNumber: '0555123400', firstName: 'Maha' }, idempotencyKey: randomUUID() } }, { token: as.desk });
    expect(made.data.createFrontDeskBooking).toMatchObject({ booking: { status: 'CONFIRMED', channel: 'FRONT_DESK' }, errors: [] });
    const bookingId = made.data.createFrontDeskBooking.booking.id;
    const read = await t.gql('query($id: ID!) { booking(id: $id) { id customerPhoneNumber } }', { id: bookingId }, { token: as.desk });
    expect(read.data.booking).toEqual({ id: bookingId, customerPhoneNumber: '+966555123400' });
    const cancelled = await t.gql('mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status } errors { code } } }', { input: { bookingId, reason: 'customer called' } }, { token: as.desk });
    expect(cancelled.data.cancelBooking).toEqual({ booking: { status: 'CANCELLED' }, errors: [] });
  });

  it('refuses the receptionist money, settings and staff changes (FORBIDDEN, nothing written)', async () => {
    const customer = await newCustomer(t);
    const bookingId = await insertBooking(t, s, customer.id, 'CONFIRMED', '2026-12-10T12:00:00.000Z');
    const [{ id: paymentId }] = await sql(t, `insert into payments (id, created_at, updated_at, booking_id, status, amount_halalas, currency, idempotency_key, external_id, card_last4)
      values (gen_random_uuid(), $2, $2, $1, 'PAID', 5000, 'SAR', 'k', gen_random_uuid(), '1111') returning id`, [bookingId, t.app.now()]);
    const forbidden: [string, Record<string, unknown>][] = [
      ['mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { errors { code } } }', { input: { paymentId } }],
      ['query($salonId: ID!) { salonPayments(salonId: $salonId, first: 5) { edges { node { id } } } }', { salonId: s.salonId }],
      ['mutation($input: UpdateSalonInput!) { updateSalon(input: $input) { errors { code } } }', { input: { salonId: s.salonId, nameEn: 'Taken over' } }],
      ['mutation($input: CreateServiceInput!) { createService(input: $input) { errors { code } } }', { input: { salonId: s.salonId, nameAr: 'س', nameEn: 'S', category: 'HAIR', durationMinutes: 30, priceHalalas: 100 } }],
      [INVITE, { input: { salonId: s.salonId, phoneNumber: '0555000999', role: 'MANAGER', displayName: 'Me again' } }],
      ['mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { errors { code } } }', { input: { salonId: s.salonId, phoneNumber: '0555000998', displayName: 'X' } }],
      [DEACTIVATE, { input: { staffMemberId: s.staffId } }],
      ['mutation($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { errors { code } } }', { input: { staffMemberId: s.staffId, hours: [] } }],
      [ROLE, { input: { salonId: s.salonId, userId: ids.desk, role: 'MANAGER' } }],
      [TEAM, { salonId: s.salonId }],
    ];
    for (const [query, variables] of forbidden) {
      const res = await t.gql(query, variables, { token: as.desk });
      expect([query.slice(0, 40), code(res)]).toEqual([query.slice(0, 40), 'FORBIDDEN']);
    }
    const card = await t.gql('query($id: ID!) { booking(id: $id) { payment { status cardLast4 } } }', { id: bookingId }, { token: as.desk });
    expect(code(card)).toBe('FORBIDDEN');
    expect(await sql(t, 'select refunded_halalas from payments where id = $1', [paymentId])).toEqual([{ refunded_halalas: 0 }]);
    expect(await sql(t, "select 1 from salons where name_en = 'Taken over'")).toHaveLength(0);
    expect(await sql(t, 'select is_active from staff_members where id = $1', [s.staffId])).toEqual([{ is_active: true }]);
  });

  it('keeps a receptionist of salon A out of salon B', async () => {
    const customer = await newCustomer(t);
    const theirs = await insertBooking(t, other, customer.id, 'CONFIRMED', '2026-12-10T09:00:00.000Z');
    const attempts: [string, Record<string, unknown>][] = [
      [CALENDAR, { salonId: other.salonId, date: '2026-12-10' }],
      ['query($salonId: ID!) { salonBookings(salonId: $salonId, from: "2026-12-10T00:00:00Z", to: "2026-12-11T00:00:00Z") { id } }', { salonId: other.salonId }],
      ['query($id: ID!) { booking(id: $id) { id } }', { id: theirs }],
      ['mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }', { input: { bookingId: theirs, reason: 'x' } }],
      ['mutation($input: ConfirmBookingInput!) { confirmBooking(input: $input) { errors { code } } }', { input: { bookingId: theirs } }],
      [DESK, { input: { salonId: other.salonId, serviceId: other.serviceId, staffId: other.staffId, startsAt: '2026-12-10T10:00:00.000Z', customer: { phoneNumber: '0555123401', firstName: 'X' }, idempotencyKey: randomUUID() } }],
    ];
    for (const [query, variables] of attempts) expect([query.slice(0, 40), code(await t.gql(query, variables, { token: as.desk }))]).toEqual([query.slice(0, 40), 'FORBIDDEN']);
    expect(await sql(t, 'select status from bookings where id = $1', [theirs])).toEqual([{ status: 'CONFIRMED' }]);
  });

  it('gives every manager of a salon the same rights, and none over another salon', async () => {
    const team = await t.gql(TEAM, { salonId: s.salonId }, { token: as.second });
    expect(team.errors).toBeUndefined();
    expect(team.data.salonTeam.members).toEqual(expect.arrayContaining([
      { user: { id: ids.manager }, phoneNumber: '+966500000001', role: 'MANAGER' },
      { user: { id: ids.second }, phoneNumber: '+966500000005', role: 'MANAGER' },
      { user: { id: ids.desk }, phoneNumber: '+966500000004', role: 'RECEPTIONIST' },
    ]));
    const mine = await t.gql('{ mySalons { id } myWorkplaces { salon { id } roles } }', {}, { token: as.second });
    expect(mine.data).toEqual({ mySalons: [{ id: s.salonId }], myWorkplaces: [{ salon: { id: s.salonId }, roles: ['MANAGER'] }] });
    expect((await t.gql('{ mySalons { id } myWorkplaces { roles } }', {}, { token: as.desk })).data).toEqual({ mySalons: [], myWorkplaces: [{ roles: ['RECEPTIONIST'] }] });
    expect(code(await t.gql(TEAM, { salonId: other.salonId }, { token: as.second }))).toBe('FORBIDDEN');
    expect(code(await t.gql(INVITE, { input: { salonId: other.salonId, phoneNumber: '0555000997', role: 'MANAGER', displayName: 'Spy' } }, { token: as.second }))).toBe('FORBIDDEN');
    // A manager of salon A cannot change salon B's roles, neither by naming salon B nor by naming B's member under A.
    expect(code(await t.gql(ROLE, { input: { salonId: other.salonId, userId: ids.otherOwner, role: 'RECEPTIONIST' } }, { token: as.second }))).toBe('FORBIDDEN');
    expect((await t.gql(ROLE, { input: { salonId: s.salonId, userId: ids.otherOwner, role: 'RECEPTIONIST' } }, { token: as.second })).data.changeSalonMemberRole)
      .toEqual({ member: null, errors: [{ code: 'NOT_FOUND', field: ['input', 'userId'] }] });
    expect(await sql(t, 'select role from salon_memberships where salon_id = $1 and user_id = $2', [other.salonId, ids.otherOwner])).toEqual([{ role: 'MANAGER' }]);
  });

  it('invites by phone written any way; only that number sees and accepts it; roles and events follow', async () => {
    const sent = await t.gql(INVITE, { input: { salonId: s.salonId, phoneNumber: '٠٥٥٥ ٢٢٢ ٣٣٣', role: 'RECEPTIONIST', displayName: 'Lina' } }, { token: as.manager });
    expect(sent.data.inviteToSalon).toMatchObject({ invitation: { phoneNumber: '+966555222333', role: 'RECEPTIONIST', status: 'PENDING', salon: { id: s.salonId } }, errors: [] });
    const invitationId = sent.data.inviteToSalon.invitation.id;
    const again = await t.gql(INVITE, { input: { salonId: s.salonId, phoneNumber: '0555222333', role: 'MANAGER', displayName: 'Lina' } }, { token: as.second });
    expect(again.data.inviteToSalon).toEqual({ invitation: null, errors: [{ code: 'INVALID_INPUT', field: ['input', 'phoneNumber'] }] });
    const bad = await t.gql(INVITE, { input: { salonId: s.salonId, phoneNumber: '0112345678', role: 'MANAGER', displayName: 'Land' } }, { token: as.manager });
    expect(bad.data.inviteToSalon.errors).toEqual([{ code: 'INVALID_PHONE_NUMBER', field: ['input', 'phoneNumber'] }]);

    const stranger = await newCustomer(t);
    expect((await t.gql('{ myInvitations { id } }', {}, { token: stranger.token })).data.myInvitations).toEqual([]);
    expect((await t.gql(ACCEPT, { input: { invitationId } }, { token: stranger.token })).data.acceptSalonInvitation).toEqual({ invitation: null, errors: [{ code: 'NOT_FOUND' }] });

    const lina = await newCustomer(t, '+966555222333');
    const pending = await t.gql('{ myInvitations { id role displayName salon { nameEn } invitedBy { id } } }', {}, { token: lina.token });
    expect(pending.data.myInvitations).toEqual([{ id: invitationId, role: 'RECEPTIONIST', displayName: 'Lina', salon: { nameEn: 'Rose Touch Salon' }, invitedBy: { id: ids.manager } }]);
    expect(code(await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-10' }, { token: lina.token }))).toBe('FORBIDDEN');
    expect((await t.gql(ACCEPT, { input: { invitationId } }, { token: lina.token })).data.acceptSalonInvitation).toEqual({ invitation: { status: 'ACCEPTED' }, errors: [] });
    expect((await t.gql(ACCEPT, { input: { invitationId } }, { token: lina.token })).data.acceptSalonInvitation.errors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-10' }, { token: lina.token })).errors).toBeUndefined();
    expect(await sql(t, 'select role from users where id = $1', [lina.id])).toEqual([{ role: 'STAFF' }]);

    // Promoted by a manager, then the account-wide role follows; every step is in the audit trail.
    expect((await t.gql(ROLE, { input: { salonId: s.salonId, userId: lina.id, role: 'MANAGER' } }, { token: as.second })).data.changeSalonMemberRole)
      .toEqual({ member: { role: 'MANAGER', user: { id: lina.id } }, errors: [] });
    expect(await sql(t, 'select role from users where id = $1', [lina.id])).toEqual([{ role: 'MANAGER' }]);
    const events = (await t.gql(TEAM, { salonId: s.salonId }, { token: as.manager })).data.salonTeam.events.filter((e: any) => e.subject?.id === lina.id || e.subjectPhoneNumber === '+966555222333');
    expect(events).toEqual([
      { action: 'ROLE_CHANGED', fromRole: 'RECEPTIONIST', toRole: 'MANAGER', subjectPhoneNumber: null, subject: { id: lina.id }, actor: { id: ids.second } },
      { action: 'JOINED', fromRole: null, toRole: 'RECEPTIONIST', subjectPhoneNumber: null, subject: { id: lina.id }, actor: { id: lina.id } },
      { action: 'INVITED', fromRole: null, toRole: 'RECEPTIONIST', subjectPhoneNumber: '+966555222333', subject: null, actor: { id: ids.manager } },
    ]);
    // Each is also in the personal-data audit log, with where it came from and no phone number.
    const audit = await sql(t, "select actor_id, ip, details from audit_log where action = 'ROLE_CHANGE' and salon_id = $1 and details::text like '%RECEPTIONIST%' order by occurred_at, details->>'change'", [s.salonId]);
    expect(audit.map((a) => [a.actor_id, a.details.change, a.ip])).toEqual([[ids.manager, 'INVITED', '127.0.0.1'], [lina.id, 'JOINED', '127.0.0.1'], [ids.second, 'ROLE_CHANGED', '127.0.0.1']]);
    expect(JSON.stringify(audit)).not.toContain('555222333');
  });

  it('turns an accepted stylist invitation into a bookable profile', async () => {
    const sent = await t.gql(INVITE, { input: { salonId: s.salonId, phoneNumber: '0555222444', role: 'STYLIST', displayName: 'Dana' } }, { token: as.manager });
    const dana = await newCustomer(t, '+966555222444');
    expect((await t.gql(ACCEPT, { input: { invitationId: sent.data.inviteToSalon.invitation.id } }, { token: dana.token })).data.acceptSalonInvitation.errors).toEqual([]);
    const work = await t.gql('{ myWorkplaces { roles staffMember { displayName isActive } } }', {}, { token: dana.token });
    expect(work.data.myWorkplaces).toEqual([{ roles: ['STYLIST'], staffMember: { displayName: 'Dana', isActive: true } }]);
    expect(await sql(t, 'select role from users where id = $1', [dana.id])).toEqual([{ role: 'STAFF' }]);
  });

  it('never leaves a salon without a manager', async () => {
    const demote = await t.gql(ROLE, { input: { salonId: other.salonId, userId: ids.otherOwner, role: 'RECEPTIONIST' } }, { token: as.otherOwner });
    expect(demote.data.changeSalonMemberRole).toEqual({ member: null, errors: [{ code: 'LAST_MANAGER', field: ['input', 'role'] }] });
    const remove = await t.gql('mutation($input: RemoveSalonMemberInput!) { removeSalonMember(input: $input) { removedUserId errors { code field } } }', { input: { salonId: other.salonId, userId: ids.otherOwner } }, { token: as.otherOwner });
    expect(remove.data.removeSalonMember).toEqual({ removedUserId: null, errors: [{ code: 'LAST_MANAGER', field: ['input', 'userId'] }] });
    expect(await sql(t, "select count(*)::int as n from salon_memberships where salon_id = $1 and role = 'MANAGER'", [other.salonId])).toEqual([{ n: 1 }]);
  });

  it('deactivates a stylist: no new bookings, and their upcoming ones listed until the manager moves or cancels them', async () => {
    const customer = await newCustomer(t);
    const ahead = await insertBooking(t, s, customer.id, 'CONFIRMED', '2026-12-11T08:00:00.000Z', s.otherStaffId);
    await insertBooking(t, s, customer.id, 'COMPLETED', '2026-12-08T08:00:00.000Z', s.otherStaffId);
    const res = await t.gql(DEACTIVATE, { input: { staffMemberId: s.otherStaffId } }, { token: as.second });
    expect(res.data.deactivateStaffMember).toEqual({ staffMember: { isActive: false }, bookingsToHandle: [{ id: ahead }], errors: [] });
    const team = (await t.gql(TEAM, { salonId: s.salonId }, { token: as.manager })).data.salonTeam;
    expect(team.bookingsToHandle).toEqual([{ id: ahead, startsAt: '2026-12-11T08:00:00.000Z', staff: { id: s.otherStaffId } }]);
    expect(team.events[0]).toMatchObject({ action: 'STYLIST_DEACTIVATED', fromRole: 'STYLIST', actor: { id: ids.second } });
    const slots = await t.gql('query($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt } }', { input: { serviceId: s.serviceId, staffId: s.otherStaffId, date: '2026-12-12' } });
    expect(slots.data.availableSlots).toEqual([]);
    const desk = await t.gql(DESK, { input: { salonId: s.salonId, serviceId: s.serviceId, staffId: s.otherStaffId, startsAt: '2026-12-12T08:00:00.000Z', customer: { phoneNumber: '0555123402', firstName: 'Y' }, idempotencyKey: randomUUID() } }, { token: as.manager });
    expect(desk.data.createFrontDeskBooking.errors[0].code).toBe('STAFF_UNAVAILABLE');
    // Cancelled with notice: the customer is told, and the list empties.
    await t.gql('mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }', { input: { bookingId: ahead, reason: 'Stylist left the salon' } }, { token: as.manager });
    expect(await sql(t, "select 1 from notifications where booking_id = $1 and recipient_id = $2 and event = 'CANCELLED'", [ahead, customer.id])).toHaveLength(1);
    expect((await t.gql(TEAM, { salonId: s.salonId }, { token: as.manager })).data.salonTeam.bookingsToHandle).toEqual([]);
  });
});
