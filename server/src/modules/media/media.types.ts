import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { DateTimeScalar } from '../../graphql/scalars';
import { SalonPhoto } from '../catalog/photo-review.entity';

@InputType({ description: "Put the salon's photos in a new order." })
export class ReorderPhotosInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => [ID], { description: 'Its photos in the new order, each once (a gallery at a time is enough: the others keep their order).' }) photoIds!: string[];
}

@ObjectType({ description: 'Result of reorderPhotos.' })
export class ReorderPhotosPayload {
  @Field(() => [SalonPhoto], { nullable: true, description: 'The photos listed, in their new order.' }) photos?: SalonPhoto[] | null;
  @Field(() => [UserError], { description: 'Why nothing changed: INVALID_INPUT.' }) errors!: UserError[];
}

@InputType({ description: 'Delete a photo and its files.' })
export class DeletePhotoInput {
  @Field(() => ID, { description: 'The photo.' }) photoId!: string;
}

@ObjectType({ description: 'Result of deletePhoto.' })
export class DeletePhotoPayload {
  @Field(() => ID, { nullable: true, description: 'The photo deleted.' }) deletedPhotoId?: string | null;
  @Field(() => [UserError], { description: 'Why nothing changed: NOT_FOUND.' }) errors!: UserError[];
}

@InputType({ description: 'A stylist agrees (or no longer agrees) that the salons they work at publish photos of them.' })
export class SetStylistPhotoConsentInput {
  @Field(() => Boolean, { description: 'True to agree; false withdraws and deletes the photos of you at every salon.' }) granted!: boolean;
}

@ObjectType({ description: "A stylist's choice about photos of them." })
export class StylistPhotoConsent {
  @Field(() => Boolean, { description: 'Whether they agree.' }) granted!: boolean;
  @Field(() => DateTimeScalar, { description: 'When they chose.' }) recordedAt!: Date;
}

@ObjectType({ description: 'Result of setStylistPhotoConsent.' })
export class SetStylistPhotoConsentPayload {
  @Field(() => StylistPhotoConsent, { nullable: true, description: 'The choice recorded.' }) consent?: StylistPhotoConsent | null;
  @Field(() => [UserError], { description: 'Always empty.' }) errors!: UserError[];
}
