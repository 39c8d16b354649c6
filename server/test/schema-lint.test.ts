import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputField, type GraphQLArgument, type GraphQLType,
} from 'graphql';
import { buildContractSchema } from '../src/graphql/schema';

/**
 * Lists that are not connections, each bounded by the domain. Anything else that returns a list must be a
 * connection, so a client never loads an unbounded list.
 */
const BOUNDED_LISTS: Record<string, string> = {
  'UserError.field': 'a path into the input',
  'Salon.services': 'a salon offers tens of services at most',
  'Salon.staff': 'a salon employs tens of people at most',
  'Salon.photos': 'a gallery of a few photos',
  'Service.photos': 'a few photos of one service',
  'StaffMember.photos': 'a few photos of one stylist',
  'ReorderPhotosPayload.photos': 'the photos the manager listed (at most 200)',
  'Salon.closures': 'holidays in a year',
  'Salon.openingHours': 'a few ranges per weekday',
  'Salon.scheduleExceptions': 'the exceptions of one year: Ramadan, the Eids, a few special days',
  'ScheduleException.ranges': 'at most six ranges a day',
  'CopyScheduleExceptionsPayload.exceptions': 'copies of one year\'s exceptions',
  'StaffMember.services': 'bounded by the salon\'s services',
  'StaffMember.weeklyHours': 'a few ranges per weekday',
  'StaffMember.timeOff': 'upcoming absences of one person',
  'Query.availableSlots': 'one day of one service',
  'Query.availableDays': 'a date range capped at the booking horizon',
  'Query.availableVisitStarts': 'one day of one visit: one start per slot of the booking grid',
  'Query.frontDeskVisitStarts': 'one day of one visit at the front desk: one start per slot of the booking grid',
  'Query.availableVisitDays': 'a date range capped at 62 days',
  'Visit.parts': 'at most 5 services in a visit',
  'VisitSlot.parts': 'at most 5 services in a visit',
  'Query.salonBookings': 'a calendar range of one salon, capped in days',
  'Query.myWaitlist': 'one live entry per service a customer waits for (a unique index)',
  'Query.salonWaitlist': "one salon's live entries, each for at most 14 days ahead, capped at 500",
  'Booking.events': 'the audit trail of one booking: a handful of changes',
  'Booking.payments': 'attempts to pay one booking',
  'Payment.events': 'observations of one payment',
  'Payment.refunds': 'refunds of one payment',
  'Query.mySalons': 'the salons one person manages or works at',
  'Query.myStaffProfiles': 'the salons one person works at',
  'Query.myWorkplaces': 'the salons one person works at',
  'Query.myInvitations': 'pending invitations to one phone number',
  'Query.myApplications': "one person's applications to list a salon, one pending at a time",
  'Workplace.roles': 'at most two roles at one salon',
  'SalonTeam.members': 'managers and receptionists of one salon',
  'SalonTeam.stylists': 'stylists of one salon, tens at most',
  'SalonTeam.invitations': 'pending invitations of one salon',
  'SalonTeam.bookingsToHandle': "upcoming bookings of one salon's deactivated stylists, within the booking horizon",
  'SalonTeam.events': 'the 50 latest',
  'DeactivateStaffMemberPayload.bookingsToHandle': "one stylist's upcoming bookings, within the booking horizon",
  'Salon.timeOff': 'upcoming absences across one salon, capped in days',
  'SalonCalendar.days': 'at most 7 days',
  'SalonCalendar.columns': "one per stylist of one salon",
  'CalendarColumn.workingHours': 'a few ranges per day, at most 7 days',
  'CalendarColumn.timeOff': 'absences of one stylist over at most 7 days',
  'CalendarColumn.bookings': 'one stylist over at most 7 days: a chair holds a few dozen a day',
  'Booking.invoices': "one booking's invoice per payment and its credit notes: a handful",
  'Booking.notifications': "the messages about one booking: a few per change to it, and its two reminders",
  'Booking.counterPayments': 'what one booking was paid at the counter: a few',
  'Invoice.lines': 'the services of one booking',
  'Invoice.paymentMeans': 'one per means of payment, at most four',
  'CounterPayment.parts': 'a split over at most three means',
  'Takings.byMeans': 'one per means of payment, four',
  'ReportFigures.utilisation': 'one per stylist of one salon',
  'ReportFigures.topServices': 'at most 10',
  'ReportBookings.byStatus': 'one per booking status, six',
  'Query.salonCities': 'the cities of the City enum that have salons',
  'SalonCity.districts': "one city's districts with salons: a few hundred at most",
};

const MONEY = /(price|amount|cost|fee|refund|balance|total)/i;

function fieldKind(type: GraphQLType): string {
  return getNamedType(type).name;
}

describe('schema consistency rules', () => {
  const schema = buildContractSchema();
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
  const objectTypes = types.filter(isObjectType);

  it('gives every type, field, argument and input field a description', () => {
    const missing: string[] = [];
    for (const type of types) {
      if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of ('args' in field ? field.args : []) as GraphQLArgument[]) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('shapes every mutation as one `input` argument and a …Payload with errors: [UserError!]!', () => {
    const problems: string[] = [];
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      if (field.args.length !== 1 || field.args[0].name !== 'input' || !isNonNullType(field.args[0].type)) {
        problems.push(`${field.name}: takes ${field.args.map((a) => a.name).join(', ') || 'no arguments'} instead of one input: …Input!`);
      }
      const payload = getNullableType(field.type);
      if (!isObjectType(payload) || !payload.name.endsWith('Payload')) {
        problems.push(`${field.name}: returns ${String(field.type)} instead of a …Payload`);
        continue;
      }
      const errors = payload.getFields().errors;
      if (!errors || String(errors.type) !== '[UserError!]!') problems.push(`${payload.name}: lacks errors: [UserError!]!`);
    }
    expect(problems).toEqual([]);
  });

  it('uses connections for every list that can grow', () => {
    const lists: string[] = [];
    for (const type of objectTypes) {
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        if (type.name.endsWith('Connection') && field.name === 'edges') continue;
        if (type.name.endsWith('Payload') && field.name === 'errors') continue;
        const coordinate = `${type.name}.${field.name}`;
        if (!(coordinate in BOUNDED_LISTS)) lists.push(coordinate);
      }
    }
    expect(lists).toEqual([]);
  });

  it('names enums and their values in UPPER_CASE', () => {
    const bad: string[] = [];
    for (const type of types.filter(isEnumType)) {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(type.name)) bad.push(type.name);
      for (const value of type.getValues()) if (!/^[A-Z][A-Z0-9_]*$/.test(value.name)) bad.push(`${type.name}.${value.name}`);
    }
    expect(bad).toEqual([]);
  });

  const everyField = () => {
    const out: { where: string; name: string; type: GraphQLType }[] = [];
    for (const type of types) {
      if (!isObjectType(type) && !isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
        out.push({ where: `${type.name}.${field.name}`, name: field.name, type: field.type });
        for (const arg of ('args' in field ? field.args : []) as GraphQLArgument[]) {
          out.push({ where: `${type.name}.${field.name}(${arg.name})`, name: arg.name, type: arg.type });
        }
      }
    }
    return out;
  };

  it('types identifiers as ID', () => {
    const bad = everyField().filter((f) => /(^id$|Id$|^ids$|Ids$)/.test(f.name) && fieldKind(f.type) !== 'ID');
    expect(bad.map((f) => `${f.where}: ${String(f.type)}`)).toEqual([]);
  });

  it('keeps money in integer halalas, named …Halalas', () => {
    const bad = everyField().filter(
      (f) =>
        isScalarType(getNamedType(f.type)) &&
        (MONEY.test(f.name) || f.name.endsWith('Halalas')) &&
        !(f.name.endsWith('Halalas') && fieldKind(f.type) === 'Int'),
    );
    expect(bad.map((f) => `${f.where}: ${String(f.type)}`)).toEqual([]);
  });

  it('uses DateTime for instants (…At) and Date for calendar dates', () => {
    const bad = everyField().filter(
      (f) =>
        (/At$/.test(f.name) && fieldKind(f.type) !== 'DateTime') ||
        (/(^date$|Date$|^dates$|^from$|^to$)/.test(f.name) && !['Date', 'DateTime'].includes(fieldKind(f.type))),
    );
    expect(bad.map((f) => `${f.where}: ${String(f.type)}`)).toEqual([]);
  });
});
