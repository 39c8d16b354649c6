import { allow, fields } from '../../graphql/rules';

/** Catalogue reads are public: anyone may browse salons before signing in. */
export const catalogPermissions = {
  Query: { salons: allow, salon: allow },
  SalonConnection: fields(['edges', 'pageInfo'], allow),
  SalonEdge: fields(['cursor', 'node'], allow),
  Salon: fields(
    ['id', 'createdAt', 'nameAr', 'nameEn', 'name', 'descriptionAr', 'descriptionEn', 'description', 'city', 'district', 'address',
      'latitude', 'longitude', 'phone', 'timeZone', 'isActive', 'minimumNoticeMinutes', 'bookingHorizonDays', 'cancellationCutoffHours',
      'requiresPrepayment', 'autoConfirm', 'paymentCapture', 'ratingAverage', 'reviewCount', 'services', 'staff'],
    allow,
  ),
  Service: fields(
    ['id', 'createdAt', 'nameAr', 'nameEn', 'name', 'category', 'durationMinutes', 'priceHalalas', 'currency', 'bufferAfterMinutes', 'isActive'],
    allow,
  ),
  StaffMember: fields(['id', 'createdAt', 'displayName', 'bio', 'isActive'], allow),
};
