import { City, Clientele } from '../../modules/catalog/salon.entity';
import { ServiceCategory } from '../../modules/catalog/service.entity';
import { Prepayment, type PaymentPolicy } from '../../modules/payments/policy/policy.entity';

/** The demo accounts carried over from the previous system. */
export const DEMO_PHONES = {
  manager: '+966500000001',
  customer: '+966500000002',
  staff: '+966500000003',
  /** Front desk of the first salon: bookings, calendar and customers, no money, settings or staff. */
  receptionist: '+966500000004',
  /** The first salon's second manager. */
  secondManager: '+966500000005',
  /** Has applied to list "Lavender Lounge"; the application waits for the platform administrator. */
  applicant: '+966500000006',
  /** Platform administrator (in a real deployment only `npm run admin:grant` makes one). */
  platformAdmin: '+966500000009',
};

export interface DemoService {
  nameAr: string;
  nameEn: string;
  category: ServiceCategory;
  durationMinutes: number;
  priceHalalas: number;
  bufferAfterMinutes: number;
}

export interface DemoSalon {
  nameAr: string;
  nameEn: string;
  descriptionAr: string;
  descriptionEn: string;
  city: City;
  /** In Arabic, as the salon writes it; `districtEn` is its English spelling. */
  district: string;
  districtEn: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  ratingAverage: number;
  reviewCount: number;
  requiresPrepayment: boolean;
  /** Deposits and fees (ADR 0013); without one, requiresPrepayment means the full price or nothing. */
  paymentPolicy?: Pick<PaymentPolicy, 'prepayment' | 'depositPercent' | 'noShowFeePercent' | 'lateCancelFeeHalalas' | 'lateCancelWindowHours'>;
  clientele: Clientele;
  /** Stylists come to the customer within this many km, needing this many minutes to get there. */
  homeServiceRadiusKm?: number;
  homeServiceTravelMinutes?: number;
  services: DemoService[];
  staff: { nameAr: string; nameEn: string }[];
}

const S = ServiceCategory;
const svc = (nameAr: string, nameEn: string, category: ServiceCategory, durationMinutes: number, priceSar: number, bufferAfterMinutes = 10): DemoService => ({
  nameAr,
  nameEn,
  category,
  durationMinutes,
  priceHalalas: priceSar * 100,
  bufferAfterMinutes,
});

export const DEMO_SALONS: DemoSalon[] = [
  {
    nameAr: 'صالون لمسة الورد',
    nameEn: 'Rose Touch Salon',
    descriptionAr: 'صالون نسائي متكامل في قلب العليا: قص وصبغ وعناية بالبشرة.',
    descriptionEn: 'A full-service ladies salon in the heart of Olaya: cuts, colour and skin care.',
    city: City.RIYADH,
    district: 'العليا',
    districtEn: 'Olaya',
    address: 'شارع العليا، الرياض 12214',
    latitude: 24.6911,
    longitude: 46.6853,
    phone: '+966112345001',
    ratingAverage: 4.7,
    reviewCount: 128,
    requiresPrepayment: false,
    clientele: Clientele.LADIES, homeServiceRadiusKm: 15, homeServiceTravelMinutes: 30,
    services: [
      svc('قص شعر', 'Haircut', S.HAIR, 45, 120),
      svc('صبغة كاملة', 'Full colour', S.HAIR, 120, 450, 15),
      svc('سشوار', 'Blow-dry', S.HAIR, 30, 80, 5),
      svc('مانيكير', 'Manicure', S.NAILS, 45, 90),
      svc('تنظيف بشرة', 'Facial', S.SKIN, 60, 250, 15),
      svc('مكياج سهرة', 'Evening make-up', S.MAKEUP, 60, 350),
    ],
    staff: [
      { nameAr: 'نورة', nameEn: 'Noura' },
      { nameAr: 'سارة', nameEn: 'Sarah' },
      { nameAr: 'ريم', nameEn: 'Reem' },
      { nameAr: 'هيا', nameEn: 'Haya' },
    ],
  },
  {
    nameAr: 'حلاق النخبة',
    nameEn: 'Elite Barbers',
    descriptionAr: 'حلاقة رجالية كلاسيكية وعصرية في حي الملقا.',
    descriptionEn: 'Classic and modern barbering in Al Malqa.',
    city: City.RIYADH,
    district: 'الملقا',
    districtEn: 'Al Malqa',
    address: 'طريق أنس بن مالك، الرياض 13521',
    latitude: 24.8123,
    longitude: 46.6089,
    phone: '+966112345002',
    ratingAverage: 4.5,
    reviewCount: 86,
    requiresPrepayment: true,
    clientele: Clientele.GENTS,
    services: [
      svc('حلاقة شعر', 'Haircut', S.BARBER, 30, 70, 5),
      svc('تشذيب اللحية', 'Beard trim', S.BARBER, 20, 40, 5),
      svc('حلاقة وتشذيب', 'Haircut and beard', S.BARBER, 50, 100, 10),
      svc('حمام مغربي', 'Moroccan bath', S.SPA, 60, 180, 15),
      svc('تنظيف بشرة للرجال', "Men's facial", S.SKIN, 45, 150),
    ],
    staff: [
      { nameAr: 'أحمد', nameEn: 'Ahmed' },
      { nameAr: 'خالد', nameEn: 'Khalid' },
      { nameAr: 'فيصل', nameEn: 'Faisal' },
    ],
  },
  {
    nameAr: 'سبا البحر الأحمر',
    nameEn: 'Red Sea Spa',
    descriptionAr: 'منتجع صحي على الكورنيش للاسترخاء والعناية.',
    descriptionEn: 'A day spa on the Corniche for relaxation and care.',
    city: City.JEDDAH,
    district: 'الشاطئ',
    districtEn: 'Al Shati',
    address: 'طريق الكورنيش، جدة 23511',
    latitude: 21.5953,
    longitude: 39.1075,
    phone: '+966122345003',
    ratingAverage: 4.8,
    reviewCount: 203,
    requiresPrepayment: true,
    // A 30% deposit, a no-show fee of 30% of the price and a 25 SAR late-cancellation fee inside 24 hours.
    paymentPolicy: { prepayment: Prepayment.DEPOSIT, depositPercent: 30, noShowFeePercent: 30, lateCancelFeeHalalas: 2500, lateCancelWindowHours: 24 },
    clientele: Clientele.LADIES,
    services: [
      svc('مساج استرخائي', 'Relaxing massage', S.SPA, 60, 300, 15),
      svc('مساج بالأحجار الساخنة', 'Hot stone massage', S.SPA, 90, 420, 15),
      svc('حمام مغربي', 'Moroccan bath', S.SPA, 75, 260, 15),
      svc('تنظيف بشرة عميق', 'Deep-cleansing facial', S.SKIN, 60, 280),
      svc('باديكير', 'Pedicure', S.NAILS, 50, 120),
      svc('مانيكير', 'Manicure', S.NAILS, 40, 90),
      svc('مكياج', 'Make-up', S.MAKEUP, 60, 300),
    ],
    staff: [
      { nameAr: 'لمى', nameEn: 'Lama' },
      { nameAr: 'جود', nameEn: 'Joud' },
      { nameAr: 'دانة', nameEn: 'Dana' },
      { nameAr: 'رغد', nameEn: 'Raghad' },
      { nameAr: 'منى', nameEn: 'Mona' },
    ],
  },
  {
    nameAr: 'عروس جدة',
    nameEn: 'Jeddah Bride Studio',
    descriptionAr: 'استوديو متخصص في تجهيز العرائس والمناسبات.',
    descriptionEn: 'A studio for brides and special occasions.',
    city: City.JEDDAH,
    district: 'الروضة',
    districtEn: 'Al Rawdah',
    address: 'شارع الأمير سلطان، جدة 23435',
    latitude: 21.5636,
    longitude: 39.1535,
    phone: '+966122345004',
    ratingAverage: 4.6,
    reviewCount: 64,
    requiresPrepayment: false,
    clientele: Clientele.LADIES, homeServiceRadiusKm: 25, homeServiceTravelMinutes: 45,
    services: [
      svc('باقة العروس', 'Bridal package', S.BRIDAL, 240, 2500, 30),
      svc('مكياج عروس', 'Bridal make-up', S.BRIDAL, 120, 1500, 20),
      svc('تسريحة', 'Hair styling', S.HAIR, 60, 300),
      svc('حناء', 'Henna', S.OTHER, 60, 200),
    ],
    staff: [
      { nameAr: 'أمل', nameEn: 'Amal' },
      { nameAr: 'شهد', nameEn: 'Shahad' },
      { nameAr: 'وعد', nameEn: 'Waad' },
    ],
  },
  {
    nameAr: 'أظافر الخليج',
    nameEn: 'Gulf Nails Lounge',
    descriptionAr: 'عناية بالأظافر وتصاميم جل في الدمام.',
    descriptionEn: 'Nail care and gel designs in Dammam.',
    city: City.DAMMAM,
    district: 'الفيصلية',
    districtEn: 'Al Faisaliyah',
    address: 'شارع الملك سعود، الدمام 32272',
    latitude: 26.4207,
    longitude: 50.0888,
    phone: '+966132345005',
    ratingAverage: 4.3,
    reviewCount: 41,
    requiresPrepayment: false,
    clientele: Clientele.BOTH,
    services: [
      svc('مانيكير', 'Manicure', S.NAILS, 40, 80),
      svc('باديكير', 'Pedicure', S.NAILS, 50, 110),
      svc('أظافر جل', 'Gel nails', S.NAILS, 75, 220),
      svc('إزالة جل', 'Gel removal', S.NAILS, 20, 40, 5),
      svc('رسم على الأظافر', 'Nail art', S.NAILS, 30, 90, 5),
    ],
    staff: [
      { nameAr: 'مريم', nameEn: 'Maryam' },
      { nameAr: 'العنود', nameEn: 'Alanoud' },
      { nameAr: 'غادة', nameEn: 'Ghada' },
      { nameAr: 'بشاير', nameEn: 'Bashayer' },
    ],
  },
  {
    nameAr: 'صالون الشرقية للرجال',
    nameEn: 'Eastern Gents Salon',
    descriptionAr: 'حلاقة وعناية رجالية بالقرب من الكورنيش.',
    descriptionEn: "Men's grooming near the Dammam Corniche.",
    city: City.DAMMAM,
    district: 'الشاطئ',
    districtEn: 'Al Shatea',
    address: 'طريق الكورنيش، الدمام 32413',
    latitude: 26.4502,
    longitude: 50.1125,
    phone: '+966132345006',
    ratingAverage: 4.1,
    reviewCount: 27,
    requiresPrepayment: false,
    clientele: Clientele.GENTS, homeServiceRadiusKm: 10, homeServiceTravelMinutes: 20,
    services: [
      svc('حلاقة', 'Haircut', S.BARBER, 30, 60, 5),
      svc('حلاقة ذقن', 'Shave', S.BARBER, 20, 35, 5),
      svc('صبغة', 'Colour', S.HAIR, 45, 120),
      svc('تنظيف بشرة', 'Facial', S.SKIN, 45, 130),
    ],
    staff: [
      { nameAr: 'عبدالله', nameEn: 'Abdullah' },
      { nameAr: 'ماجد', nameEn: 'Majed' },
      { nameAr: 'سلطان', nameEn: 'Sultan' },
    ],
  },
];

export const DEMO_REVIEWS: { rating: number; comment: string }[] = [
  { rating: 5, comment: 'خدمة رائعة وتعامل راقٍ. Lovely service and very kind staff.' },
  { rating: 4, comment: 'Booked in the app, no waiting at all.' },
  { rating: 5, comment: 'النتيجة أفضل مما توقعت، شكراً لكم' },
  { rating: 3, comment: 'Good result, but they started ten minutes late.' },
  { rating: 5, comment: 'Clean, calm and on time.' },
  { rating: 4, comment: 'أسعار مناسبة وموقع سهل' },
];

/** The salon's answer to its newest review, in both languages, as a salon would write it. */
export const DEMO_REPLY = 'شكرًا لزيارتك، يسعدنا أن الخدمة نالت رضاك. Thank you for visiting; we are glad you enjoyed it.';
