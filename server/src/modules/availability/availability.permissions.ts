import { allow, fields } from '../../graphql/rules';

/** Free times are public, like the catalogue. */
export const availabilityPermissions = {
  Query: { availableSlots: allow, availableDays: allow },
  Slot: fields(['startsAt', 'endsAt', 'staff'], allow),
};
