import { isObjectType } from 'graphql';
import { buildContractSchema } from '../src/graphql/schema';

/** The read path's per-field cost (docs/performance.md): a field that only reads a property has no resolver of its own. */
describe('field resolvers', () => {
  const schema = buildContractSchema();
  const field = (type: string, name: string) => {
    const t = schema.getType(type);
    if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
    return t.getFields()[name];
  };

  it('leave plain properties to the default resolver, those a base class declares (id, createdAt) included', () => {
    for (const type of ['Salon', 'Service', 'StaffMember', 'Review', 'WeeklyHours', 'Booking']) {
      expect([type, field(type, 'id').resolve]).toEqual([type, undefined]);
      expect([type, field(type, 'createdAt').resolve]).toEqual([type, undefined]);
    }
    expect(field('Service', 'priceHalalas').resolve).toBeUndefined();
  });

  it('keep the field resolvers', () => {
    for (const [type, name] of [['Salon', 'name'], ['Salon', 'staff'], ['StaffMember', 'weeklyHours'], ['Review', 'customer']]) {
      expect([type, name, typeof field(type, name).resolve]).toEqual([type, name, 'function']);
    }
  });
});
