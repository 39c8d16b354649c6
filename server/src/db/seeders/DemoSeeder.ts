import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Language, User, UserRole } from '../../modules/accounts/user.entity';
import { Salon } from '../../modules/catalog/salon.entity';
import { Service } from '../../modules/catalog/service.entity';
import { StaffMember } from '../../modules/catalog/staff-member.entity';
import { DEMO_PHONES, DEMO_SALONS } from './demo-data';

/**
 * Six salons in Riyadh, Jeddah and Dammam with services and staff, plus the demo manager, customer and
 * stylist. The demo manager owns the first salon; the demo stylist works there.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const manager = em.create(User, {
      phoneNumber: DEMO_PHONES.manager, firstName: 'Mona', lastName: 'Al-Qahtani', role: UserRole.MANAGER,
      preferredLanguage: Language.AR, isPhoneVerified: true, email: 'manager@example.com',
    });
    em.create(User, {
      phoneNumber: DEMO_PHONES.customer, firstName: 'Sara', lastName: 'Al-Harbi', role: UserRole.CUSTOMER,
      preferredLanguage: Language.AR, isPhoneVerified: true, email: 'customer@example.com',
    });
    const demoStylist = em.create(User, {
      phoneNumber: DEMO_PHONES.staff, firstName: 'Noura', lastName: 'Al-Otaibi', role: UserRole.STAFF,
      preferredLanguage: Language.AR, isPhoneVerified: true, email: 'staff@example.com',
    });

    DEMO_SALONS.forEach((data, salonIndex) => {
      const owner = salonIndex === 0 ? manager : em.create(User, {
        phoneNumber: `+9665000001${String(salonIndex).padStart(2, '0')}`, firstName: 'Owner', lastName: data.nameEn,
        role: UserRole.MANAGER, isPhoneVerified: true,
      });
      const { services: serviceData, staff: staffData, ...salonFields } = data;
      const salon = em.create(Salon, { ...salonFields, owner });
      const services = serviceData.map((s) => em.create(Service, { ...s, salon }));
      staffData.forEach((person, staffIndex) => {
        const user = salonIndex === 0 && staffIndex === 0 ? demoStylist : em.create(User, {
          phoneNumber: `+96650000${String(salonIndex + 2).padStart(2, '0')}${String(staffIndex).padStart(2, '0')}`,
          firstName: person.nameEn, role: UserRole.STAFF, isPhoneVerified: true,
        });
        const member = em.create(StaffMember, { user, salon, displayName: person.nameEn, bio: person.nameAr });
        // Everyone offers most services; each skips one so "any staff member" differs from a named one.
        member.services.set(services.filter((_, i) => services.length < 3 || i % staffData.length !== staffIndex || i === 0));
      });
    });
    await em.flush();
  }
}
