import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { signInAs } from './auth';
import { newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { serverDir } from './process';
import { sql } from './sql';
import { buildContractSchema } from '../src/graphql/schema';

const APPLY = `mutation($input: ApplyToListSalonInput!) { applyToListSalon(input: $input) {
  application { id status nameEn commercialRegistrationNumber vatNumber clientele } errors { code field message } } }`;
const QUEUE = 'query($status: SalonApplicationStatus) { salonApplications(status: $status, first: 50) { edges { node { id nameEn status applicant { id } } } } }';
const APPROVE = 'mutation($input: ApproveSalonApplicationInput!) { approveSalonApplication(input: $input) { application { status decidedAt salon { id nameEn } } errors { code field } } }';
const REJECT = 'mutation($input: RejectSalonApplicationInput!) { rejectSalonApplication(input: $input) { application { status rejectionReason } errors { code field } } }';
const SUSPEND = 'mutation($input: SuspendSalonInput!) { suspendSalon(input: $input) { salon { isActive suspendedAt suspensionReason } errors { code field } } }';
const REINSTATE = 'mutation($input: ReinstateSalonInput!) { reinstateSalon(input: $input) { salon { isActive suspendedAt } errors { code } } }';

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const application = (over: Record<string, unknown> = {}) => ({
  nameAr: 'صالون الورد', nameEn: 'Wardah Salon', city: 'RIYADH', district: 'Al Yasmin', latitude: 24.82, longitude: 46.64,
  commercialRegistrationNumber: '١٠١٠ ١٢٣ ٤٥٦', vatNumber: '300000000000003', clientele: 'LADIES', ...over,
});

describe('onboarding salons and the platform administrator', () => {
  let t: TestServer;
  let rose: Stage;
  let admin: string;
  let manager: string;
  const clock = testClock(new Date('2026-12-09T07:07:30Z'));

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    rose = await stage(t, 'Rose Touch Salon');
    admin = await signInAs(t, '+966500000009');
    manager = await signInAs(t, '+966500000001');
  });
  afterAll(() => t.stop());

  it('lets a signed-in person apply once at a time, checking every field before SQL', async () => {
    const person = await newCustomer(t);
    const bad: [Record<string, unknown>, string][] = [
      [{ vatNumber: '300000000000004' }, 'vatNumber'], [{ commercialRegistrationNumber: '12345' }, 'commercialRegistrationNumber'],
      [{ nameAr: '  ' }, 'nameAr'], [{ latitude: 91 }, 'latitude'], [{ district: 'x'.repeat(121) }, 'district'],
    ];
    for (const [over, field] of bad) {
      const res = await t.gql(APPLY, { input: application(over) }, { token: person.token });
      expect(res.data.applyToListSalon).toMatchObject({ application: null, errors: [{ code: 'INVALID_INPUT', field: ['input', field] }] });
    }
    const ok = await t.gql(APPLY, { input: application() }, { token: person.token });
    expect(ok.data.applyToListSalon).toMatchObject({ application: { status: 'PENDING', commercialRegistrationNumber: '1010123456', vatNumber: '300000000000003', clientele: 'LADIES' }, errors: [] });
    expect((await t.gql(APPLY, { input: application() }, { token: person.token })).data.applyToListSalon.errors[0].code).toBe('INVALID_INPUT');
    expect(code(await t.gql(APPLY, { input: application() }))).toBe('UNAUTHENTICATED');
  });

  it('keeps the console for platform administrators: FORBIDDEN to a manager, and no mutation can make one', async () => {
    const [{ id: appId }] = await sql(t, "select id from salon_applications where name_en = 'Lavender Lounge'");
    for (const [query, variables] of [
      [QUEUE, { status: 'PENDING' }], ['{ platformSalons(first: 5) { edges { node { id } } } }', {}],
      [APPROVE, { input: { applicationId: appId } }], [REJECT, { input: { applicationId: appId, reason: 'no' } }],
      [SUSPEND, { input: { salonId: rose.salonId, reason: 'no' } }], [REINSTATE, { input: { salonId: rose.salonId } }],
    ] as const) expect(code(await t.gql(query, variables, { token: manager }))).toBe('FORBIDDEN');
    const mutations = Object.keys(buildContractSchema().getMutationType()!.getFields());
    expect(mutations.filter((m) => /admin/i.test(m))).toEqual([]);
    expect((await t.gql('{ me { isPlatformAdmin } }', {}, { token: admin })).data.me).toEqual({ isPlatformAdmin: true });
    expect((await t.gql('{ me { isPlatformAdmin } }', {}, { token: manager })).data.me).toEqual({ isPlatformAdmin: false });
  });

  it('approves an application: the salon is listed and its applicant becomes its first manager', async () => {
    const queue = (await t.gql(QUEUE, { status: 'PENDING' }, { token: admin })).data.salonApplications.edges.map((e: any) => e.node);
    const lavender = queue.find((a: any) => a.nameEn === 'Lavender Lounge');
    expect(lavender).toMatchObject({ status: 'PENDING' });
    const res = await t.gql(APPROVE, { input: { applicationId: lavender.id } }, { token: admin });
    expect(res.data.approveSalonApplication).toMatchObject({ application: { status: 'APPROVED', decidedAt: clock.now().toISOString(), salon: { nameEn: 'Lavender Lounge' } }, errors: [] });
    const salonId = res.data.approveSalonApplication.application.salon.id;
    expect((await t.gql(APPROVE, { input: { applicationId: lavender.id } }, { token: admin })).data.approveSalonApplication.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'applicationId'] }]);
    const amal = await signInAs(t, '+966500000006');
    expect((await t.gql('{ myWorkplaces { salon { id } roles } }', {}, { token: amal })).data.myWorkplaces).toEqual([{ salon: { id: salonId }, roles: ['MANAGER'] }]);
    const update = await t.gql('mutation($input: UpdateSalonInput!) { updateSalon(input: $input) { salon { descriptionEn } errors { code } } }', { input: { salonId, descriptionEn: 'Calm.' } }, { token: amal });
    expect(update.data.updateSalon).toEqual({ salon: { descriptionEn: 'Calm.' }, errors: [] });
    expect(await sql(t, 'select vat_number from salon_tax_details where salon_id = $1', [salonId])).toEqual([{ vat_number: '310987654300003' }]);
    const [{ id: adminId }] = await sql(t, "select id from users where phone_number = '+966500000009'");
    expect(await sql(t, 'select action, to_role, actor_id from role_events where salon_id = $1', [salonId])).toEqual([{ action: 'JOINED', to_role: 'MANAGER', actor_id: adminId }]);
  });

  it('rejects an application only with a reason, which the applicant reads', async () => {
    const person = await newCustomer(t);
    const { id } = (await t.gql(APPLY, { input: application({ nameEn: 'Doubtful' }) }, { token: person.token })).data.applyToListSalon.application;
    expect((await t.gql(REJECT, { input: { applicationId: id, reason: '  ' } }, { token: admin })).data.rejectSalonApplication.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'reason'] }]);
    expect((await t.gql(REJECT, { input: { applicationId: id, reason: 'The CR number does not match the name.' } }, { token: admin })).data.rejectSalonApplication)
      .toEqual({ application: { status: 'REJECTED', rejectionReason: 'The CR number does not match the name.' }, errors: [] });
    expect((await t.gql('{ myApplications { nameEn status rejectionReason } }', {}, { token: person.token })).data.myApplications)
      .toEqual([{ nameEn: 'Doubtful', status: 'REJECTED', rejectionReason: 'The CR number does not match the name.' }]);
    expect(await sql(t, 'select 1 from salons where name_en = $1', ['Doubtful'])).toHaveLength(0);
  });

  it('suspends a salon: it vanishes from the catalogue and takes no bookings, online or at the desk; reinstating brings it back', async () => {
    const suspended = await t.gql(SUSPEND, { input: { salonId: rose.salonId, reason: 'Licence expired' } }, { token: admin });
    expect(suspended.data.suspendSalon).toEqual({ salon: { isActive: false, suspendedAt: clock.now().toISOString(), suspensionReason: 'Licence expired' }, errors: [] });
    const list = await t.gql('{ salons(first: 50) { edges { node { id } } } }');
    expect(list.data.salons.edges.map((e: any) => e.node.id)).not.toContain(rose.salonId);
    expect((await t.gql('query($id: ID!) { salon(id: $id) { id } }', { id: rose.salonId })).data.salon).toBeNull();
    const customer = await newCustomer(t);
    const online = await t.gql('mutation($input: CreateBookingInput!) { createBooking(input: $input) { errors { code } } }', { input: { serviceId: rose.serviceId, staffId: rose.staffId, startsAt: rose.startsAt, idempotencyKey: randomUUID() } }, { token: customer.token });
    expect(online.data.createBooking.errors).toEqual([{ code: 'SERVICE_UNAVAILABLE' }]);
    const desk = await t.gql('mutation($input: CreateFrontDeskBookingInput!) { createFrontDeskBooking(input: $input) { errors { code } } }', { input: { salonId: rose.salonId, serviceId: rose.serviceId, staffId: rose.staffId, startsAt: rose.startsAt, customer: { phoneNumber: customer.phone }, idempotencyKey: randomUUID() } }, { token: manager });
    expect(desk.data.createFrontDeskBooking.errors).toEqual([{ code: 'SERVICE_UNAVAILABLE' }]);
    // Its managers see why; the public never does.
    expect((await t.gql('{ mySalons { id suspensionReason } }', {}, { token: manager })).data.mySalons).toEqual([{ id: rose.salonId, suspensionReason: 'Licence expired' }]);
    expect(await sql(t, 'select count(*)::int as n from bookings where salon_id = $1 and customer_id = $2', [rose.salonId, customer.id])).toEqual([{ n: 0 }]);
    expect((await t.gql(REINSTATE, { input: { salonId: rose.salonId } }, { token: admin })).data.reinstateSalon).toEqual({ salon: { isActive: true, suspendedAt: null }, errors: [] });
    expect((await t.gql('query($id: ID!) { salon(id: $id) { id } }', { id: rose.salonId })).data.salon).toEqual({ id: rose.salonId });
  });

  it('makes and unmakes administrators only from the command line, effective on the next request', async () => {
    const person = await newCustomer(t);
    expect(code(await t.gql(QUEUE, {}, { token: person.token }))).toBe('FORBIDDEN');
    const cli = (command: string) => promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'src/admin-cli.ts', command, person.phone.replace('+966', '0')], {
      cwd: serverDir, env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'info' },
    });
    expect((await cli('grant')).stdout).toContain('"event":"admin.grant"');
    expect((await t.gql(QUEUE, {}, { token: person.token })).errors).toBeUndefined();
    await cli('revoke');
    expect(code(await t.gql(QUEUE, {}, { token: person.token }))).toBe('FORBIDDEN');
    expect(await sql(t, 'select action, source, actor_id from role_events where subject_id = $1 order by seq', [person.id]))
      .toEqual([{ action: 'PLATFORM_ADMIN_GRANTED', source: 'CLI', actor_id: null }, { action: 'PLATFORM_ADMIN_REVOKED', source: 'CLI', actor_id: null }]);
    await expect(promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'src/admin-cli.ts', 'grant', '0112345678'], { cwd: serverDir, env: { ...process.env, DATABASE_URL: t.databaseUrl } }))
      .rejects.toThrow(/Not a valid mobile number/);
  }, 120_000);
});
