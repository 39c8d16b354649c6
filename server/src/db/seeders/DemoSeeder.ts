import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Language, MessageChannel, User, UserRole } from '../../modules/accounts/user.entity';
import { City, Clientele, Salon } from '../../modules/catalog/salon.entity';
import { Service } from '../../modules/catalog/service.entity';
import { StaffMember } from '../../modules/catalog/staff-member.entity';
import { SalonClosure, TimeOff, WeeklyHours, Weekday } from '../../modules/catalog/schedule.entity';
import { Review, SalonPhoto } from '../../modules/catalog/photo-review.entity';
import { DateTime } from 'luxon';
import { DEMO_PHONES, DEMO_REPLY, DEMO_REVIEWS, DEMO_SALONS } from './demo-data';
import { emNow } from '../clock';
import { seedOpeningHours, seedRamadan } from './demo-schedule';
import { SalonTaxDetails } from '../../modules/invoices/invoice.entity';
import { Booking, BookingEvent, BookingStatus } from '../../modules/bookings/booking.entity';
import { SalonMembership } from '../../modules/people/membership.entity';
import { RoleEvent, RoleEventAction, RoleEventSource } from '../../modules/people/role-event.entity';
import { SalonRole } from '../../modules/people/roles';
import { PlatformAdmin, SalonApplication } from '../../modules/people/application.entity';
import { PaymentPolicy } from '../../modules/payments/policy/policy.entity';
import { WaitlistEntry } from '../../modules/waitlist/waitlist.entity';

const DAY = 86_400_000;

/** Saudi salons mostly work split shifts; Friday opens after the midday prayer. */
const SHIFTS: Record<'split' | 'long', { weekdays: Weekday[]; ranges: [string, string][] }[]> = {
  split: [
    { weekdays: [Weekday.SATURDAY, Weekday.SUNDAY, Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY], ranges: [['10:00', '13:00'], ['16:00', '22:00']] },
    { weekdays: [Weekday.FRIDAY], ranges: [['16:00', '22:00']] },
  ],
  long: [
    { weekdays: [Weekday.SUNDAY, Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.SATURDAY], ranges: [['12:00', '21:00']] },
  ],
};

// Demo people write their names in Arabic, as the salon's customers do.
const REGULAR_NAMES = [
  ['عبير', 'الزهراني'], ['أروى', 'المالكي'], ['بدور', 'الغامدي'], ['تهاني', 'العنزي'], ['جواهر', 'الشمري'], ['حنان', 'السبيعي'],
  ['دلال', 'القرني'], ['رزان', 'الحارثي'], ['سلمى', 'البقمي'], ['شوق', 'العمري'], ['صفاء', 'الجهني'], ['عهود', 'المطيري'],
  ['غدير', 'الرشيدي'], ['فاطمة', 'اليامي'], ['لجين', 'الخالدي'], ['مشاعل', 'السهلي'], ['نجلاء', 'العسيري'], ['هند', 'الشهراني'],
  ['وجدان', 'الحربي'], ['يارا', 'الدوسري'], ['أحمد', 'القحطاني'], ['بدر', 'العتيبي'], ['تركي', 'الشهري'], ['حمد', 'المطيري'],
  ['راشد', 'الزهراني'], ['سعود', 'الغامدي'], ['طلال', 'العنزي'], ['عمر', 'الشمري'], ['فهد', 'السبيعي'], ['ناصر', 'القرني'],
] as const;
const OWNER_NAMES = [['منى', 'القحطاني'], ['خالد', 'العمري'], ['لطيفة', 'الجهني'], ['نوال', 'الحارثي'], ['عائشة', 'البقمي'], ['فيصل', 'المالكي']] as const;

/**
 * Six salons in Riyadh, Jeddah and Dammam with services and staff, plus the demo manager, customer and
 * stylist. The demo manager owns the first salon; the demo stylist works there.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const manager = em.create(User, {
      phoneNumber: DEMO_PHONES.manager, firstName: 'منى', lastName: 'القحطاني', role: UserRole.MANAGER,
      preferredLanguage: Language.AR, isPhoneVerified: true, email: 'manager@example.com',
    });
    const demoCustomer = em.create(User, {
      phoneNumber: DEMO_PHONES.customer, firstName: 'سارة', lastName: 'الحربي', role: UserRole.CUSTOMER,
      preferredLanguage: Language.AR, isPhoneVerified: true, preferredChannel: MessageChannel.WHATSAPP, email: 'customer@example.com',
    });
    const demoStylist = em.create(User, {
      phoneNumber: DEMO_PHONES.staff, firstName: 'نورة', lastName: 'العتيبي', role: UserRole.STAFF,
      preferredLanguage: Language.AR, isPhoneVerified: true, email: 'staff@example.com',
    });

    const admin = em.create(User, { phoneNumber: DEMO_PHONES.platformAdmin, firstName: 'Faisal', lastName: 'Al-Mutairi', isPhoneVerified: true });
    em.create(PlatformAdmin, { user: admin });
    em.create(RoleEvent, { subject: admin, action: RoleEventAction.PLATFORM_ADMIN_GRANTED, toRole: 'PLATFORM_ADMIN', reason: 'demo data', source: RoleEventSource.CLI });
    const applicant = em.create(User, { phoneNumber: DEMO_PHONES.applicant, firstName: 'Amal', lastName: 'Al-Zahrani', isPhoneVerified: true });
    em.create(SalonApplication, {
      applicant, nameAr: 'صالون لافندر', nameEn: 'Lavender Lounge', city: City.RIYADH, district: 'Al Malqa', latitude: 24.8105, longitude: 46.6118,
      commercialRegistrationNumber: '1010987654', vatNumber: '310987654300003', clientele: Clientele.LADIES,
    });

    // Demo times are relative to the application's clock, so tests that move it get demo data around their date.
    const now = emNow(em);
    const reviewers = ['لمى', 'حصة', 'عبير', 'نوف'].map((firstName, i) =>
      em.create(User, { phoneNumber: `+96650000090${i}`, firstName, role: UserRole.CUSTOMER, isPhoneVerified: true }),
    );
    // Regulars who keep the calendars busy: one per stylist, so their bookings never collide.
    const regulars = Array.from({ length: 30 }, (_, i) =>
      em.create(User, { phoneNumber: `+9665000008${String(i).padStart(2, '0')}`, firstName: REGULAR_NAMES[i % REGULAR_NAMES.length][0], lastName: REGULAR_NAMES[i % REGULAR_NAMES.length][1], role: UserRole.CUSTOMER, isPhoneVerified: true }),
    );
    let stylistCount = 0;
    const riyadhDay = (daysFromToday: number, hour: number) =>
      DateTime.fromJSDate(now).setZone('Asia/Riyadh').startOf('day').plus({ days: daysFromToday }).set({ hour }).toJSDate();
    const addBooking = (salon: Salon, service: Service, staff: StaffMember, customer: User, startsAt: Date, status: BookingStatus) => {
      const endsAt = new Date(startsAt.getTime() + service.durationMinutes * 60_000);
      const booking = em.create(Booking, {
        salon, service, staff, customer, startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + service.bufferAfterMinutes * 60_000),
        priceHalalas: service.priceHalalas, currency: service.currency, status, idempotencyKey: `demo-${startsAt.getTime()}-${staff.displayName}`,
        requestFingerprint: 'demo',
      });
      em.create(BookingEvent, { booking, fromStatus: null, toStatus: status, reason: 'demo data' });
      return booking;
    };
    DEMO_SALONS.forEach((data, salonIndex) => {
      const owner = salonIndex === 0 ? manager : em.create(User, {
        phoneNumber: `+9665000001${String(salonIndex).padStart(2, '0')}`, firstName: OWNER_NAMES[salonIndex % OWNER_NAMES.length][0], lastName: OWNER_NAMES[salonIndex % OWNER_NAMES.length][1],
        role: UserRole.MANAGER, isPhoneVerified: true,
      });
      const { services: serviceData, staff: staffData, ratingAverage: _rating, reviewCount: _count, paymentPolicy, ...salonFields } = data;
      const salon = em.create(Salon, { ...salonFields, owner });
      if (paymentPolicy) em.create(PaymentPolicy, { salon, service: null, ...paymentPolicy });
      em.create(SalonMembership, { salon, user: owner, role: SalonRole.MANAGER });
      if (salonIndex === 0) {
        // The first salon is run by two managers and a receptionist.
        for (const [phoneNumber, firstName, lastName, role] of [
          [DEMO_PHONES.secondManager, 'هدى', 'الشهري', SalonRole.MANAGER], [DEMO_PHONES.receptionist, 'ريم', 'الدوسري', SalonRole.RECEPTIONIST],
        ] as const) {
          const user = em.create(User, { phoneNumber, firstName, lastName, role: role === SalonRole.MANAGER ? UserRole.MANAGER : UserRole.STAFF, isPhoneVerified: true });
          em.create(SalonMembership, { salon, user, role });
          em.create(RoleEvent, { salon, subject: user, actor: owner, action: RoleEventAction.JOINED, toRole: role, reason: 'demo data', source: RoleEventSource.CLI });
        }
      }
      const services = serviceData.map((s) => em.create(Service, { ...s, salon }));
      // A made-up VAT registration (15 digits, 3…3) so demo invoices carry one.
      em.create(SalonTaxDetails, { salon, vatNumber: `3101223935${String(salonIndex).padStart(4, '0')}3`, legalNameAr: `مؤسسة ${data.nameAr}`, legalNameEn: `${data.nameEn} Est.` });
      [1, 2].forEach((n, position) => em.create(SalonPhoto, { salon, url: `/demo/salon-${salonIndex + 1}-${n}.svg`, position }));
      // The demo manager's salon keeps Ramadan hours; the salons the tests leave alone keep opening hours.
      if (salonIndex === 0) seedRamadan(em, salon, now);
      if (salonIndex >= 3) seedOpeningHours(em, salon);
      if (salonIndex === 2) {
        const closed = new Date(now.getTime() + 10 * DAY).toISOString().slice(0, 10);
        const reopen = new Date(now.getTime() + 11 * DAY).toISOString().slice(0, 10);
        em.create(SalonClosure, { salon, startDate: closed, endDate: reopen, reason: 'صيانة دورية' });
      }
      const reviews = DEMO_REVIEWS.filter((_, i) => (i + salonIndex) % 2 === 0 || i < 2);
      reviews.forEach((review, i) => {
        const createdAt = new Date(now.getTime() - (i + 1) * 3 * DAY);
        // The salon has answered its newest review (the reply shows under it on the salon's page).
        const reply = i === 0 ? { reply: DEMO_REPLY, repliedAt: new Date(createdAt.getTime() + DAY), repliedBy: owner } : {};
        em.create(Review, { salon, customer: reviewers[i % reviewers.length], rating: review.rating, comment: review.comment, createdAt, ...reply });
      });
      salon.reviewCount = reviews.length;
      salon.ratingAverage = Math.round((reviews.reduce((sum, r) => sum + r.rating, 0) / reviews.length) * 100) / 100;
      staffData.forEach((person, staffIndex) => {
        const user = salonIndex === 0 && staffIndex === 0 ? demoStylist : em.create(User, {
          phoneNumber: `+96650000${String(salonIndex + 2).padStart(2, '0')}${String(staffIndex).padStart(2, '0')}`,
          firstName: person.nameAr, role: UserRole.STAFF, isPhoneVerified: true,
        });
        const member = em.create(StaffMember, { user, salon, displayName: person.nameAr, displayNameEn: person.nameEn });
        for (const { weekdays, ranges } of SHIFTS[staffIndex % 2 === 0 ? 'split' : 'long']) {
          for (const weekday of weekdays) for (const [startTime, endTime] of ranges) em.create(WeeklyHours, { staff: member, weekday, startTime, endTime });
        }
        const regular = regulars[stylistCount++ % regulars.length];
        for (const day of [1, 2, 3]) addBooking(salon, services[0], member, regular, riyadhDay(day, 16 + (staffIndex % 3)), BookingStatus.CONFIRMED);
        if (salonIndex === 0 && staffIndex === 0) {
          // The demo customer's own history: a visit last week (to review) and one tomorrow morning.
          addBooking(salon, services[0], member, demoCustomer, riyadhDay(-7, 11), BookingStatus.COMPLETED);
          // One that started up to an hour ago, for the stylist to mark completed in the demo. It starts today in
          // Riyadh even just after midnight, so today's calendar always shows it.
          const hourAgo = Math.floor((now.getTime() - 3_600_000) / 900_000) * 900_000;
          addBooking(salon, services[0], member, demoCustomer, new Date(Math.max(hourAgo, riyadhDay(0, 0).getTime())), BookingStatus.CONFIRMED);
          addBooking(salon, services[0], member, demoCustomer, riyadhDay(1, 11), BookingStatus.CONFIRMED);
        }
        if (salonIndex === 1 && staffIndex === 0) {
          // …and elsewhere: one she called off two weeks ago, and one next week.
          const called = addBooking(salon, services[1], member, demoCustomer, riyadhDay(-14, 13), BookingStatus.CANCELLED);
          Object.assign(called, { cancelledAt: riyadhDay(-16, 9), cancelledBy: demoCustomer, cancelReason: 'Travelling' });
          addBooking(salon, services[1], member, demoCustomer, riyadhDay(6, 13), BookingStatus.CONFIRMED);
        }
        if (salonIndex === 2 && staffIndex === 0) {
          // The 16:00 of the next two days with this stylist is taken by a regular: two people wait for it, in
          // order of joining (the demo customer first), and are offered it if the regular cancels.
          const localDay = (days: number) => DateTime.fromJSDate(riyadhDay(days, 0), { zone: 'Asia/Riyadh' }).toISODate()!;
          [[demoCustomer, 2, 2], [reviewers[0], 2, 3]].forEach(([customer, from, to], i) => em.create(WaitlistEntry, {
            customer: customer as User, salon, service: services[0], staff: member, dateFrom: localDay(from as number), dateTo: localDay(to as number),
            timeFromMinutes: 16 * 60, timeToMinutes: 16 * 60 + 15, createdAt: new Date(now.getTime() - (2 - i) * 3_600_000),
          }));
        }
        if (staffIndex === 1) {
          const start = new Date(Math.ceil(now.getTime() / DAY) * DAY + 3 * DAY);
          em.create(TimeOff, { staff: member, startsAt: start, endsAt: new Date(start.getTime() + DAY), reason: 'دورة تدريبية' });
        }
        // Everyone offers most services; each skips one so "any staff member" differs from a named one.
        member.services.set(services.filter((_, i) => services.length < 3 || i % staffData.length !== staffIndex || i === 0));
      });
    });
    await em.flush();
  }
}
