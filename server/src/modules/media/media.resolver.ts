import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PlainRow } from '../../db/plain-rows';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { SalonPhoto } from '../catalog/photo-review.entity';
import { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { deletePhoto, reorderPhotos, setStylistPhotoConsent } from './photos';
import {
  DeletePhotoInput, DeletePhotoPayload, ReorderPhotosInput, ReorderPhotosPayload, SetStylistPhotoConsentInput, SetStylistPhotoConsentPayload,
} from './media.types';

const desc = (what: string) => ({ description: what });

/** Photos after upload (uploads are POST /media/photos, media.http.ts). Permission rules: media.permissions.ts. */
@Resolver(() => SalonPhoto)
export class MediaResolver {
  @Mutation(() => ReorderPhotosPayload, desc("Put the salon's photos in a new order (its managers)."))
  reorderPhotos(@Ctx() ctx: AppContext, @Arg('input', () => ReorderPhotosInput, desc('The salon and its photos in order.')) input: ReorderPhotosInput) {
    return toPayload(ctx.locale, async () => ({ photos: await reorderPhotos(ctx.app, ctx.em, input) }));
  }

  @Mutation(() => DeletePhotoPayload, desc("Delete a photo and its stored files (the salon's managers)."))
  deletePhoto(@Ctx() ctx: AppContext, @Arg('input', () => DeletePhotoInput, desc('Which photo.')) input: DeletePhotoInput) {
    return toPayload(ctx.locale, async () => ({ deletedPhotoId: await deletePhoto(ctx.app, ctx.em, input.photoId) }));
  }

  @Mutation(() => SetStylistPhotoConsentPayload, desc('Agree, or no longer agree, to photos of you at the salons you work at (the stylist themselves).'))
  setStylistPhotoConsent(@Ctx() ctx: AppContext, @Arg('input', () => SetStylistPhotoConsentInput, desc('The choice.')) input: SetStylistPhotoConsentInput) {
    return toPayload(ctx.locale, async () => ({ consent: await setStylistPhotoConsent(ctx.app, ctx.em, ctx.viewer!.userId, input.granted) }));
  }
}

@Resolver(() => Service)
export class ServicePhotosResolver {
  @FieldResolver(() => [SalonPhoto], desc('Photos of this service, in order.'))
  photos(@Root() service: Service, @Ctx() ctx: AppContext): Promise<PlainRow<SalonPhoto>[]> {
    return ctx.loaders.media.photosByServiceId.load(service.id);
  }
}

@Resolver(() => StaffMember)
export class StaffPhotosResolver {
  @FieldResolver(() => [SalonPhoto], desc('Photos of this stylist (published only with their consent), in order.'))
  photos(@Root() member: StaffMember, @Ctx() ctx: AppContext): Promise<PlainRow<SalonPhoto>[]> {
    return ctx.loaders.media.photosByStaffId.load(member.id);
  }

  @FieldResolver(() => Boolean, desc('Whether this stylist agrees to photos of them (they choose it themselves).'))
  photoConsent(@Root() member: StaffMember, @Ctx() ctx: AppContext): Promise<boolean> {
    return ctx.loaders.media.photoConsentByUserId.load(member.user.id);
  }
}
