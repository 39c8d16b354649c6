import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { connectionType } from '../../graphql/relay';
import { City, Clientele, Salon } from '../catalog/salon.entity';
import { SalonApplication } from './application.entity';

const errorsField = (codes: string) => Field(() => [UserError], { description: `Why nothing changed: ${codes}.` });

export const SalonApplicationConnection = connectionType('SalonApplication', SalonApplication, 'salon application');
export const PlatformSalonConnection = connectionType('PlatformSalon', Salon, 'salon, suspended ones included');

@InputType({ description: 'Apply to list a salon.' })
export class ApplyToListSalonInput {
  @Field(() => String, { description: 'Salon name in Arabic.' }) nameAr!: string;
  @Field(() => String, { description: 'Salon name in English.' }) nameEn!: string;
  @Field(() => City, { description: 'City.' }) city!: City;
  @Field(() => String, { description: 'District or neighbourhood.' }) district!: string;
  @Field(() => Float, { description: 'Latitude in degrees.' }) latitude!: number;
  @Field(() => Float, { description: 'Longitude in degrees.' }) longitude!: number;
  @Field(() => String, { description: 'Commercial registration number, 10 digits (spaces and Arabic-Indic digits accepted).' }) commercialRegistrationNumber!: string;
  @Field(() => String, { description: 'VAT registration number, 15 digits starting and ending with 3.' }) vatNumber!: string;
  @Field(() => Clientele, { description: 'Ladies, gents or both.' }) clientele!: Clientele;
}

@ObjectType({ description: 'Result of an action on a salon application.' })
export class SalonApplicationPayload {
  @Field(() => SalonApplication, { nullable: true, description: 'The application after the change.' }) application?: SalonApplication | null;
  @errorsField('INVALID_INPUT, NOT_FOUND (already decided)') errors!: UserError[];
}
@ObjectType({ description: 'Result of applyToListSalon.' }) export class ApplyToListSalonPayload extends SalonApplicationPayload {}
@ObjectType({ description: 'Result of approveSalonApplication.' }) export class ApproveSalonApplicationPayload extends SalonApplicationPayload {}
@ObjectType({ description: 'Result of rejectSalonApplication.' }) export class RejectSalonApplicationPayload extends SalonApplicationPayload {}

@InputType({ description: 'Approve an application: the salon is listed and its applicant becomes its first manager.' })
export class ApproveSalonApplicationInput {
  @Field(() => ID, { description: 'The application.' }) applicationId!: string;
}

@InputType({ description: 'Reject an application, with a reason the applicant sees.' })
export class RejectSalonApplicationInput {
  @Field(() => ID, { description: 'The application.' }) applicationId!: string;
  @Field(() => String, { description: 'Why, up to 500 characters.' }) reason!: string;
}

@InputType({ description: 'Suspend a salon: it leaves the catalogue and takes no bookings.' })
export class SuspendSalonInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { description: 'Why, up to 500 characters (its managers see it).' }) reason!: string;
}

@InputType({ description: 'Lift a suspension.' })
export class ReinstateSalonInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
}

@ObjectType({ description: 'Result of suspendSalon or reinstateSalon.' })
export class SalonStatusPayload {
  @Field(() => Salon, { nullable: true, description: 'The salon after the change.' }) salon?: Salon | null;
  @errorsField('INVALID_INPUT') errors!: UserError[];
}
@ObjectType({ description: 'Result of suspendSalon.' }) export class SuspendSalonPayload extends SalonStatusPayload {}
@ObjectType({ description: 'Result of reinstateSalon.' }) export class ReinstateSalonPayload extends SalonStatusPayload {}
