import { or } from 'graphql-shield';
import { allow, fields, isAuthenticated, isDeskOf, isManagerOf, isOwnerOf } from '../../graphql/rules';
import { salonOf, staffUserOf } from './ownership';
import type { StaffMember } from './staff-member.entity';

const keepsDeskOfStaffSalon = isDeskOf('staffMember.salon', (member: StaffMember) => member.salon.id);
const isThatStaffMember = isOwnerOf('staffMember.user', (member: StaffMember) => member.user.id);

export const managesSalon = isManagerOf('input.salonId', salonOf.salonId);
const managesService = isManagerOf('input.serviceId', salonOf.service);
const managesStaff = isManagerOf('input.staffMemberId', salonOf.staffMember);
const isStaffSelf = isOwnerOf('input.staffMemberId', staffUserOf.staffMember);
const payload = (result: string) => fields([result, 'errors'], allow);

export { managesStaff };

/**
 * Catalogue reads are public: anyone may browse salons before signing in. Absences are the salon's business (its
 * desk and the person). Settings and services are its managers'. Adding and deactivating staff: people.
 */
export const catalogPermissions = {
  Query: {
    salons: allow, salonCities: allow, salon: allow, service: allow, staffMember: allow,
    myStaffProfiles: isAuthenticated,
  },
  Mutation: {
    updateSalon: managesSalon,
    createService: managesSalon,
    updateService: managesService,
    archiveService: managesService,
    updateStaffMember: managesStaff,
    addTimeOff: or(managesStaff, isStaffSelf),
    removeTimeOff: or(isManagerOf('input.timeOffId', salonOf.timeOff), isOwnerOf('input.timeOffId', staffUserOf.timeOff)),
    addSalonClosure: managesSalon,
    removeSalonClosure: isManagerOf('input.closureId', salonOf.closure),
  },
  UpdateSalonPayload: payload('salon'),
  CreateServicePayload: payload('service'),
  UpdateServicePayload: payload('service'),
  ArchiveServicePayload: payload('service'),
  UpdateStaffMemberPayload: payload('staffMember'),
  AddTimeOffPayload: payload('timeOff'),
  RemoveTimeOffPayload: payload('removedTimeOffId'),
  AddSalonClosurePayload: payload('closure'),
  RemoveSalonClosurePayload: payload('removedClosureId'),
  SalonConnection: fields(['edges', 'pageInfo'], allow),
  SalonEdge: fields(['cursor', 'node'], allow),
  ReviewConnection: fields(['edges', 'pageInfo'], allow),
  ReviewEdge: fields(['cursor', 'node'], allow),
  Salon: fields(
    ['id', 'createdAt', 'nameAr', 'nameEn', 'name', 'descriptionAr', 'descriptionEn', 'description', 'city', 'district', 'districtAr', 'districtEn', 'address',
      'latitude', 'longitude', 'phone', 'timeZone', 'isActive', 'minimumNoticeMinutes', 'bookingHorizonDays', 'cancellationCutoffHours',
      'requiresPrepayment', 'autoConfirm', 'paymentCapture', 'ratingAverage', 'reviewCount', 'services', 'staff', 'photos', 'closures',
      'priceRange', 'reviews', 'clientele', 'homeServiceRadiusKm', 'homeServiceTravelMinutes', 'distanceMeters'],
    allow,
  ),
  Service: fields(
    ['id', 'createdAt', 'nameAr', 'nameEn', 'name', 'category', 'durationMinutes', 'priceHalalas', 'currency', 'bufferAfterMinutes', 'isActive', 'salon'],
    allow,
  ),
  StaffMember: {
    ...fields(['id', 'createdAt', 'displayName', 'displayNameAr', 'displayNameEn', 'bio', 'isActive', 'services', 'weeklyHours', 'salon'], allow),
    timeOff: or(keepsDeskOfStaffSalon, isThatStaffMember),
  },
  WeeklyHours: fields(['id', 'createdAt', 'weekday', 'startTime', 'endTime'], allow),
  TimeOff: fields(['id', 'createdAt', 'startsAt', 'endsAt', 'reason'], allow),
  SalonClosure: fields(['id', 'createdAt', 'startDate', 'endDate', 'reason'], allow),
  SalonPhoto: fields(['id', 'createdAt', 'url', 'position'], allow),
  Review: fields(['id', 'createdAt', 'rating', 'comment', 'customer', 'service', 'staff'], allow),
  SalonCity: fields(['city', 'salonCount', 'districts'], allow),
  SalonDistrict: fields(['name', 'salonCount', 'latitude', 'longitude'], allow),
  PriceRange: fields(['minHalalas', 'maxHalalas', 'currency'], allow),
};
