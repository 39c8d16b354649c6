import { SalonMembership } from '../modules/people/membership.entity';
import { SalonInvitation } from '../modules/people/invitation.entity';
import { RoleEvent } from '../modules/people/role-event.entity';
import { PlatformAdmin, SalonApplication } from '../modules/people/application.entity';
import { BaseEntity } from './base-entity';
import { WaitlistEntry, WaitlistOffer } from '../modules/waitlist/waitlist.entity';
import { User } from '../modules/accounts/user.entity';
import { PhoneOtp } from '../modules/accounts/phone-otp.entity';
import { RefreshToken, Session } from '../modules/accounts/session.entity';
import { Salon } from '../modules/catalog/salon.entity';
import { Service } from '../modules/catalog/service.entity';
import { StaffMember } from '../modules/catalog/staff-member.entity';
import { SalonClosure, TimeOff, WeeklyHours } from '../modules/catalog/schedule.entity';
import { Review, SalonPhoto } from '../modules/catalog/photo-review.entity';
import { OpeningHours, ScheduleException } from '../modules/hours/hours.entity';
import { Booking, BookingEvent } from '../modules/bookings/booking.entity';
import { Visit } from '../modules/bookings/visit.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { Payment, PaymentEvent, PaymentOperation } from '../modules/payments/payment.entity';
import { Invoice, SalonTaxDetails } from '../modules/invoices/invoice.entity';
import { CounterPayment, CounterRefund } from '../modules/counter-payments/counter-payment.entity';
import { BookingFee, BookingTerms, PaymentPolicy } from '../modules/payments/policy/policy.entity';
import { BookingSavedCard } from '../modules/payments/policy/saved-card.entity';

/** Every persisted class. Modules add theirs here. */
export const entities = [BaseEntity, User, PhoneOtp, Session, RefreshToken, Salon, Service, StaffMember, WeeklyHours, TimeOff, SalonClosure, OpeningHours, ScheduleException, SalonPhoto, Review, Booking, BookingEvent, Visit, Notification, Payment, PaymentEvent, PaymentOperation, Invoice, SalonTaxDetails, CounterPayment, CounterRefund, SalonMembership, SalonInvitation, RoleEvent, PaymentPolicy, BookingTerms, BookingFee, BookingSavedCard, SalonApplication, PlatformAdmin, WaitlistEntry, WaitlistOffer];
