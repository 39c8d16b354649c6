import { DateTime } from 'luxon';
import { signInAs } from './auth';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const MANAGER = '+966500000001';
const OTHER_MANAGER = '+966500000101';
const STAFF = '+966500000003';
const CUSTOMER = '+966500000002';

describe('managers describe their salon; staff manage their own time off', () => {
  let t: TestServer;
  let salonId: string;
  let otherSalonId: string;
  let nouraId: string;
  let sarahId: string;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
    [{ id: salonId }] = await sql(t, "select id from salons where name_en = 'Rose Touch Salon'");
    [{ id: otherSalonId }] = await sql(t, "select id from salons where name_en = 'Elite Barbers'");
    [{ id: nouraId }] = await sql(t, "select id from staff_members where display_name_en = 'Noura'");
    [{ id: sarahId }] = await sql(t, "select id from staff_members where display_name_en = 'Sarah'");
    for (const [name, phone] of Object.entries({ manager: MANAGER, other: OTHER_MANAGER, staff: STAFF, customer: CUSTOMER })) as[name] = await signInAs(t, phone);
  });
  afterAll(() => t.stop());

  const UPDATE_SALON = 'mutation($input: UpdateSalonInput!) { updateSalon(input: $input) { salon { nameEn minimumNoticeMinutes requiresPrepayment timeZone } errors { code message field } } }';

  it('lets the manager change the profile and booking settings', async () => {
    const res = await t.gql(UPDATE_SALON, { input: { salonId, nameEn: 'Rose Touch', minimumNoticeMinutes: 120, requiresPrepayment: true } }, { token: as.manager });
    expect(res.data.updateSalon).toEqual({ salon: { nameEn: 'Rose Touch', minimumNoticeMinutes: 120, requiresPrepayment: true, timeZone: 'Asia/Riyadh' }, errors: [] });
  });

  it('answers a mutation with what it wrote, even where the permission check read the row before', async () => {
    // The rule read the salon through a loader before the change; the payload reaches it again through a service.
    const DEEP = 'mutation($input: UpdateSalonInput!) { updateSalon(input: $input) { salon { nameEn services { salon { nameEn } } } errors { code } } }';
    const res = await t.gql(DEEP, { input: { salonId, nameEn: 'Rose Touch Renamed' } }, { token: as.manager });
    const { salon } = res.data.updateSalon;
    expect(salon.services.length).toBeGreaterThan(0);
    expect(new Set(salon.services.map((s: { salon: { nameEn: string } }) => s.salon.nameEn))).toEqual(new Set(['Rose Touch Renamed']));
    await t.gql(UPDATE_SALON, { input: { salonId, nameEn: 'Rose Touch' } }, { token: as.manager });
  });

  it('refuses bad settings with the field at fault, changing nothing', async () => {
    const zone = await t.gql(UPDATE_SALON, { input: { salonId, timeZone: 'Mars/Olympus', nameEn: 'Changed' } }, { token: as.manager, headers: { 'accept-language': 'en' } });
    // The manager saved Arabic as their language, which wins over Accept-Language.
    expect(zone.data.updateSalon.errors).toEqual([{ code: 'INVALID_INPUT', message: 'اختر منطقة زمنية صحيحة، مثل Asia/Riyadh.', field: ['input', 'timeZone'] }]);
    const horizon = await t.gql(UPDATE_SALON, { input: { salonId, bookingHorizonDays: 0 } }, { token: as.manager });
    expect(horizon.data.updateSalon.errors[0].field).toEqual(['input', 'bookingHorizonDays']);
    expect((await sql(t, 'select name_en from salons where id = $1', [salonId]))[0].name_en).toBe('Rose Touch');
  });

  it('keeps other people out: other managers and customers are FORBIDDEN, strangers UNAUTHENTICATED', async () => {
    expect((await t.gql(UPDATE_SALON, { input: { salonId, nameEn: 'x' } }, { token: as.other })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE_SALON, { input: { salonId, nameEn: 'x' } }, { token: as.customer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE_SALON, { input: { salonId, nameEn: 'x' } }, { token: as.staff })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE_SALON, { input: { salonId, nameEn: 'x' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(UPDATE_SALON, { input: { salonId: 'not-a-uuid', nameEn: 'x' } }, { token: as.manager })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('creates, edits and archives services', async () => {
    const created = await t.gql(
      'mutation($input: CreateServiceInput!) { createService(input: $input) { service { id nameEn priceHalalas } errors { code field } } }',
      { input: { salonId, nameAr: 'بروتين', nameEn: 'Protein treatment', category: 'HAIR', durationMinutes: 90, priceHalalas: 60000, staffIds: [nouraId] } },
      { token: as.manager },
    );
    const serviceId = created.data.createService.service.id;
    expect(created.data.createService.errors).toEqual([]);
    const updated = await t.gql('mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { priceHalalas } errors { code field } } }', { input: { serviceId, priceHalalas: 55000 } }, { token: as.manager });
    expect(updated.data.updateService.service.priceHalalas).toBe(55000);
    const negative = await t.gql('mutation($input: UpdateServiceInput!) { updateService(input: $input) { errors { code field } } }', { input: { serviceId, priceHalalas: -1 } }, { token: as.manager });
    expect(negative.data.updateService.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'priceHalalas'] }]);
    const foreign = await t.gql('mutation($input: UpdateServiceInput!) { updateService(input: $input) { errors { code } } }', { input: { serviceId, priceHalalas: 1 } }, { token: as.other });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await t.gql('mutation($input: ArchiveServiceInput!) { archiveService(input: $input) { service { isActive } } }', { input: { serviceId } }, { token: as.manager });
    expect((await t.gql('query($id: ID!) { service(id: $id) { id } }', { id: serviceId })).data.service).toBeNull();
  });

  it('adds staff by phone, linking or creating the account, and refuses duplicates', async () => {
    const ADD = 'mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { staffMember { displayName } errors { code field } } }';
    const added = await t.gql(ADD, { input: { salonId, phoneNumber: '0551234567', displayName: 'Ruba' } }, { token: as.manager });
    expect(added.data.addStaffMember).toEqual({ staffMember: { displayName: 'Ruba' }, errors: [] });
    expect((await sql(t, "select role from users where phone_number = '+966551234567'"))[0].role).toBe('STAFF');
    const again = await t.gql(ADD, { input: { salonId, phoneNumber: '+966551234567', displayName: 'Ruba' } }, { token: as.manager });
    expect(again.data.addStaffMember.errors[0]).toEqual({ code: 'INVALID_INPUT', field: ['input', 'phoneNumber'] });
    const badPhone = await t.gql(ADD, { input: { salonId, phoneNumber: '0521234567', displayName: 'X' } }, { token: as.manager });
    expect(badPhone.data.addStaffMember.errors[0].code).toBe('INVALID_PHONE_NUMBER');
    const customer = await t.gql(ADD, { input: { salonId, phoneNumber: '0500000002', displayName: 'Sara' } }, { token: as.manager });
    expect(customer.data.addStaffMember.errors).toEqual([]);
    expect((await sql(t, "select role from users where phone_number = '+966500000002'"))[0].role).toBe('STAFF');
    await sql(t, "update users set role = 'CUSTOMER' where phone_number = '+966500000002'");
  });

  it('replaces a week of hours atomically and refuses overlaps', async () => {
    const SET = 'mutation($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { staffMember { weeklyHours { weekday startTime endTime } } errors { code field } } }';
    const ok = await t.gql(SET, { input: { staffMemberId: nouraId, hours: [{ weekday: 'SUNDAY', startTime: '09:00', endTime: '13:00' }, { weekday: 'SUNDAY', startTime: '14:00', endTime: '24:00' }] } }, { token: as.manager });
    expect(ok.data.setWeeklyHours.staffMember.weeklyHours).toEqual([
      { weekday: 'SUNDAY', startTime: '09:00', endTime: '13:00' },
      { weekday: 'SUNDAY', startTime: '14:00', endTime: '24:00' },
    ]);
    const clash = await t.gql(SET, { input: { staffMemberId: nouraId, hours: [{ weekday: 'MONDAY', startTime: '09:00', endTime: '13:00' }, { weekday: 'MONDAY', startTime: '12:00', endTime: '15:00' }] } }, { token: as.manager });
    expect(clash.data.setWeeklyHours.errors).toEqual([{ code: 'OVERLAPPING_HOURS', field: ['input', 'hours', '1'] }]);
    expect((await sql(t, 'select count(*)::int as n from weekly_hours where staff_id = $1', [nouraId]))[0].n).toBe(2);
  });

  it('lets staff add and remove their own time off, but not anyone else\'s', async () => {
    const ADD = 'mutation($input: AddTimeOffInput!) { addTimeOff(input: $input) { timeOff { id reason } errors { code field } } }';
    const own = await t.gql(ADD, { input: { staffMemberId: nouraId, startsAt: '2027-01-10T06:00:00Z', endsAt: '2027-01-10T10:00:00Z', reason: 'Dentist' } }, { token: as.staff });
    expect(own.data.addTimeOff.errors).toEqual([]);
    const backwards = await t.gql(ADD, { input: { staffMemberId: nouraId, startsAt: '2027-01-10T10:00:00Z', endsAt: '2027-01-10T06:00:00Z' } }, { token: as.staff });
    expect(backwards.data.addTimeOff.errors[0].field).toEqual(['input', 'endsAt']);
    const others = await t.gql(ADD, { input: { staffMemberId: sarahId, startsAt: '2027-01-10T06:00:00Z', endsAt: '2027-01-10T10:00:00Z' } }, { token: as.staff });
    expect(others.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const removed = await t.gql('mutation($input: RemoveTimeOffInput!) { removeTimeOff(input: $input) { removedTimeOffId errors { code } } }', { input: { timeOffId: own.data.addTimeOff.timeOff.id } }, { token: as.staff });
    expect(removed.data.removeTimeOff.removedTimeOffId).toBe(own.data.addTimeOff.timeOff.id);
  });

  it('adds and removes salon closures', async () => {
    const added = await t.gql('mutation($input: AddSalonClosureInput!) { addSalonClosure(input: $input) { closure { id startDate endDate } errors { code } } }', { input: { salonId, startDate: '2027-03-30', endDate: '2027-04-02', reason: 'Eid al-Fitr' } }, { token: as.manager });
    expect(added.data.addSalonClosure.closure).toMatchObject({ startDate: '2027-03-30', endDate: '2027-04-02' });
    const foreign = await t.gql('mutation($input: AddSalonClosureInput!) { addSalonClosure(input: $input) { errors { code } } }', { input: { salonId: otherSalonId, startDate: '2027-03-30', endDate: '2027-04-02' } }, { token: as.manager });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const removed = await t.gql('mutation($input: RemoveSalonClosureInput!) { removeSalonClosure(input: $input) { removedClosureId } }', { input: { closureId: added.data.addSalonClosure.closure.id } }, { token: as.manager });
    expect(removed.data.removeSalonClosure.removedClosureId).toBe(added.data.addSalonClosure.closure.id);
  });

  it('edits a staff member and what they offer; deactivating takes them off the catalogue and its free times', async () => {
    const UPDATE = 'mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { staffMember { displayName bio services { nameEn } } errors { code field } } }';
    const [{ id: haircutId }] = await sql(t, "select id from services where salon_id = $1 and name_en = 'Haircut'", [salonId]);
    const [{ id: foreignServiceId }] = await sql(t, 'select id from services where salon_id = $1 limit 1', [otherSalonId]);
    const updated = await t.gql(UPDATE, { input: { staffMemberId: sarahId, displayName: 'Sarah A.', bio: 'Cuts only', serviceIds: [haircutId] } }, { token: as.manager });
    expect(updated.data.updateStaffMember).toEqual({ staffMember: { displayName: 'Sarah A.', bio: 'Cuts only', services: [{ nameEn: 'Haircut' }] }, errors: [] });
    const foreign = await t.gql(UPDATE, { input: { staffMemberId: sarahId, serviceIds: [haircutId, foreignServiceId] } }, { token: as.manager });
    expect(foreign.data.updateStaffMember.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'serviceIds'] }]);
    expect(await sql(t, 'select service_id from staff_member_services where staff_member_id = $1', [sarahId])).toEqual([{ service_id: haircutId }]);
    for (const token of [as.staff, as.other]) {
      expect((await t.gql(UPDATE, { input: { staffMemberId: sarahId, displayName: 'x' } }, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    const from = DateTime.now().setZone('Asia/Riyadh').plus({ days: 1 }).toISODate();
    const to = DateTime.now().setZone('Asia/Riyadh').plus({ days: 14 }).toISODate();
    const freeDays = async () =>
      (await t.gql('query($input: AvailableDaysInput!) { availableDays(input: $input) }', { input: { serviceId: haircutId, from, to, staffId: sarahId } })).data.availableDays;
    expect((await freeDays()).length).toBeGreaterThan(0);
    const DEACTIVATE = 'mutation($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) { staffMember { isActive } errors { code } } }';
    expect((await t.gql(DEACTIVATE, { input: { staffMemberId: sarahId } }, { token: as.other })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(DEACTIVATE, { input: { staffMemberId: sarahId } }, { token: as.manager })).data.deactivateStaffMember).toEqual({ staffMember: { isActive: false }, errors: [] });
    expect(await freeDays()).toEqual([]);
    const staff = (await t.gql('query($id: ID!) { salon(id: $id) { staff { displayName } } }', { id: salonId })).data.salon.staff.map((m: any) => m.displayName);
    expect(staff).toContain('نورة');
    expect(staff).not.toContain('Sarah A.');
    expect((await t.gql('query($id: ID!) { staffMember(id: $id) { id } }', { id: sarahId })).data.staffMember).toBeNull();
  });

  it('lists the manager\'s salons and the staff member\'s workplaces', async () => {
    expect((await t.gql('{ mySalons { nameEn } }', {}, { token: as.manager })).data.mySalons).toEqual([{ nameEn: 'Rose Touch' }]);
    expect((await t.gql('{ myStaffProfiles { displayName salon { nameEn } } }', {}, { token: as.staff })).data.myStaffProfiles).toEqual([{ displayName: 'نورة', salon: { nameEn: 'Rose Touch' } }]);
    // Managing is per salon (ADR 0011): someone who manages none gets an empty list.
    expect((await t.gql('{ mySalons { nameEn } }', {}, { token: as.customer })).data.mySalons).toEqual([]);
  });
});
