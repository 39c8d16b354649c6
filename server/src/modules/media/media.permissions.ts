import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { allow, fields, isAuthenticated, isManagerOf } from '../../graphql/rules';
import { managesSalon } from '../catalog/catalog.permissions';
import { SalonPhoto } from '../catalog/photo-review.entity';

const photoSalon = async (_: unknown, args: { input: { photoId: string } }, ctx: AppContext) =>
  isUuid(args.input.photoId) ? (await ctx.em.findOne(SalonPhoto, { id: args.input.photoId }))?.salon.id : null;

/** A salon's managers arrange its photos; a stylist alone decides about photos of them. Photos are public. */
export const mediaPermissions = {
  Mutation: {
    reorderPhotos: managesSalon,
    deletePhoto: isManagerOf('input.photoId', photoSalon),
    setStylistPhotoConsent: isAuthenticated,
  },
  SalonPhoto: fields(['srcset', 'width', 'height'], allow),
  Service: { photos: allow },
  StaffMember: fields(['photos', 'photoConsent'], allow),
  StylistPhotoConsent: fields(['granted', 'recordedAt'], allow),
  ReorderPhotosPayload: fields(['photos', 'errors'], allow),
  DeletePhotoPayload: fields(['deletedPhotoId', 'errors'], allow),
  SetStylistPhotoConsentPayload: fields(['consent', 'errors'], allow),
};
