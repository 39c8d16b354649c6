import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { Clientele, PaymentCapture, Salon } from './salon.entity';
import { Service, ServiceCategory } from './service.entity';
import { StaffMember } from './staff-member.entity';
import { SalonClosure, TimeOff, Weekday } from './schedule.entity';

const errorsField = (codes: string) => Field(() => [UserError], { description: `Why nothing changed: ${codes}.` });

@InputType({ description: "Change a salon's profile and booking settings. Omitted fields stay as they are." })
export class UpdateSalonInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { nullable: true, description: 'Name in Arabic.' }) nameAr?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in English.' }) nameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'Description in Arabic.' }) descriptionAr?: string | null;
  @Field(() => String, { nullable: true, description: 'Description in English.' }) descriptionEn?: string | null;
  @Field(() => String, { nullable: true, description: 'District, in Arabic.' }) district?: string | null;
  @Field(() => String, { nullable: true, description: 'District in English (empty: the same as the Arabic).' }) districtEn?: string | null;
  @Field(() => String, { nullable: true, description: 'Street address.' }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact phone.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Riyadh.' }) timeZone?: string | null;
  @Field(() => Int, { nullable: true, description: 'Minimum minutes between booking and start.' }) minimumNoticeMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'How many days ahead customers may book (1–365).' }) bookingHorizonDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Customers may cancel until this many hours before.' }) cancellationCutoffHours?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Require online payment to confirm a booking.' }) requiresPrepayment?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Confirm bookings without prepayment at once.' }) autoConfirm?: boolean | null;
  @Field(() => PaymentCapture, { nullable: true, description: 'Charge at once, or authorise and capture later.' }) paymentCapture?: PaymentCapture | null;
  @Field(() => Clientele, { nullable: true, description: 'Who the salon serves.' }) clientele?: Clientele | null;
  @Field(() => Int, { nullable: true, description: 'How far stylists come to the customer, in km (1–100); 0 stops home service.' }) homeServiceRadiusKm?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minutes a stylist needs to reach the customer (0–240); required when home service starts.' }) homeServiceTravelMinutes?: number | null;
}

@ObjectType({ description: 'Result of updateSalon.' })
export class UpdateSalonPayload {
  @Field(() => Salon, { nullable: true, description: 'The salon after the change.' }) salon?: Salon | null;
  @errorsField('INVALID_INPUT') errors!: UserError[];
}

@InputType({ description: 'A new service.' })
export class CreateServiceInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { description: 'Name in Arabic.' }) nameAr!: string;
  @Field(() => String, { description: 'Name in English.' }) nameEn!: string;
  @Field(() => ServiceCategory, { description: 'Kind of treatment.' }) category!: ServiceCategory;
  @Field(() => Int, { description: 'Duration in minutes (5–720).' }) durationMinutes!: number;
  @Field(() => Int, { description: 'Price in halalas.' }) priceHalalas!: number;
  @Field(() => Int, { nullable: true, description: 'Clean-up minutes after it (default 0).' }) bufferAfterMinutes?: number | null;
  @Field(() => [ID], { nullable: true, description: 'Staff members who offer it.' }) staffIds?: string[] | null;
}

@InputType({ description: 'Change a service. Omitted fields stay as they are.' })
export class UpdateServiceInput {
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
  @Field(() => String, { nullable: true, description: 'Name in Arabic.' }) nameAr?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in English.' }) nameEn?: string | null;
  @Field(() => ServiceCategory, { nullable: true, description: 'Kind of treatment.' }) category?: ServiceCategory | null;
  @Field(() => Int, { nullable: true, description: 'Duration in minutes.' }) durationMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: 'Price in halalas; bookings already made keep theirs.' }) priceHalalas?: number | null;
  @Field(() => Int, { nullable: true, description: 'Clean-up minutes.' }) bufferAfterMinutes?: number | null;
}

@InputType({ description: 'Take a service off the catalogue.' })
export class ArchiveServiceInput {
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
}

@ObjectType({ description: 'Result of a change to a service.' })
export class ServicePayload {
  @Field(() => Service, { nullable: true, description: 'The service after the change.' }) service?: Service | null;
  @errorsField('INVALID_INPUT') errors!: UserError[];
}

@ObjectType({ description: 'Result of createService.' }) export class CreateServicePayload extends ServicePayload {}
@ObjectType({ description: 'Result of updateService.' }) export class UpdateServicePayload extends ServicePayload {}
@ObjectType({ description: 'Result of archiveService.' }) export class ArchiveServicePayload extends ServicePayload {}

@InputType({ description: 'Add a person to the staff by phone number.' })
export class AddStaffMemberInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { description: 'Their mobile number.' }) phoneNumber!: string;
  @Field(() => String, { description: 'Name shown to customers.' }) displayName!: string;
  @Field(() => String, { nullable: true, description: 'Short introduction.' }) bio?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Services they offer.' }) serviceIds?: string[] | null;
}

@InputType({ description: 'Change a staff member. Omitted fields stay as they are.' })
export class UpdateStaffMemberInput {
  @Field(() => ID, { description: 'The staff member.' }) staffMemberId!: string;
  @Field(() => String, { nullable: true, description: 'Name shown to customers, in Arabic.' }) displayName?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in Latin letters for English readers (empty: the same as the Arabic).' }) displayNameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'Short introduction.' }) bio?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Services they offer (replaces the list).' }) serviceIds?: string[] | null;
}

@InputType({ description: 'Stop taking bookings for a staff member.' })
export class DeactivateStaffMemberInput {
  @Field(() => ID, { description: 'The staff member.' }) staffMemberId!: string;
}

@InputType({ description: 'One working range.' })
export class WeeklyHoursInput {
  @Field(() => Weekday, { description: 'Day of the week.' }) weekday!: Weekday;
  @Field(() => String, { description: 'Start, "HH:MM".' }) startTime!: string;
  @Field(() => String, { description: 'End, "HH:MM" (24:00 for midnight); not after the start means the next day (20:00–03:00).' }) endTime!: string;
}

@InputType({ description: "Replace a staff member's whole working week." })
export class SetWeeklyHoursInput {
  @Field(() => ID, { description: 'The staff member.' }) staffMemberId!: string;
  @Field(() => [WeeklyHoursInput], { description: 'Every working range of the week; an empty list means no hours.' }) hours!: WeeklyHoursInput[];
}

@ObjectType({ description: 'Result of a change to a staff member.' })
export class StaffMemberPayload {
  @Field(() => StaffMember, { nullable: true, description: 'The staff member after the change.' }) staffMember?: StaffMember | null;
  @errorsField('INVALID_INPUT, INVALID_PHONE_NUMBER, OVERLAPPING_HOURS') errors!: UserError[];
}

@ObjectType({ description: 'Result of addStaffMember.' }) export class AddStaffMemberPayload extends StaffMemberPayload {}
@ObjectType({ description: 'Result of updateStaffMember.' }) export class UpdateStaffMemberPayload extends StaffMemberPayload {}
@ObjectType({ description: 'Result of setWeeklyHours.' }) export class SetWeeklyHoursPayload extends StaffMemberPayload {}

@InputType({ description: 'Block time for a staff member.' })
export class AddTimeOffInput {
  @Field(() => ID, { description: 'The staff member.' }) staffMemberId!: string;
  @Field(() => DateTimeScalar, { description: 'Start.' }) startsAt!: Date;
  @Field(() => DateTimeScalar, { description: 'End (exclusive).' }) endsAt!: Date;
  @Field(() => String, { nullable: true, description: 'Why.' }) reason?: string | null;
}

@ObjectType({ description: 'Result of addTimeOff.' })
export class AddTimeOffPayload {
  @Field(() => TimeOff, { nullable: true, description: 'The new absence.' }) timeOff?: TimeOff | null;
  @errorsField('INVALID_INPUT') errors!: UserError[];
}

@InputType({ description: 'Remove an absence.' })
export class RemoveTimeOffInput {
  @Field(() => ID, { description: 'The absence.' }) timeOffId!: string;
}

@ObjectType({ description: 'Result of removeTimeOff.' })
export class RemoveTimeOffPayload {
  @Field(() => ID, { nullable: true, description: 'The id that was removed.' }) removedTimeOffId?: string | null;
  @errorsField('none today') errors!: UserError[];
}

@InputType({ description: 'Close the whole salon for some days.' })
export class AddSalonClosureInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => DateScalar, { description: 'First closed day.' }) startDate!: string;
  @Field(() => DateScalar, { description: 'Last closed day (inclusive).' }) endDate!: string;
  @Field(() => String, { nullable: true, description: 'Why, shown to customers.' }) reason?: string | null;
}

@ObjectType({ description: 'Result of addSalonClosure.' })
export class AddSalonClosurePayload {
  @Field(() => SalonClosure, { nullable: true, description: 'The new closure.' }) closure?: SalonClosure | null;
  @errorsField('INVALID_INPUT') errors!: UserError[];
}

@InputType({ description: 'Reopen days that were closed.' })
export class RemoveSalonClosureInput {
  @Field(() => ID, { description: 'The closure.' }) closureId!: string;
}

@ObjectType({ description: 'Result of removeSalonClosure.' })
export class RemoveSalonClosurePayload {
  @Field(() => ID, { nullable: true, description: 'The id that was removed.' }) removedClosureId?: string | null;
  @errorsField('none today') errors!: UserError[];
}
