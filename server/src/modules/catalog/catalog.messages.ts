import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'catalog.notFound': 'We could not find that.',
    'catalog.invalidTimeZone': 'Choose a valid time zone, e.g. Asia/Riyadh.',
    'catalog.outOfRange': 'This value must be between {min} and {max}.',
    'catalog.required': 'This is required.',
    'catalog.tooLong': 'This must be at most {max} characters.',
    'catalog.emptyRange': 'The end must come after the start.',
    'catalog.serviceElsewhere': 'This service belongs to another salon.',
    'catalog.alreadyStaff': 'This person already works here.',
  },
  ar: {
    'catalog.notFound': 'لم نتمكن من العثور على ذلك.',
    'catalog.invalidTimeZone': 'اختر منطقة زمنية صحيحة، مثل Asia/Riyadh.',
    'catalog.outOfRange': 'يجب أن تكون هذه القيمة بين {min} و{max}.',
    'catalog.required': 'هذا الحقل مطلوب.',
    'catalog.tooLong': 'يجب ألا يزيد هذا عن {max} حرفًا.',
    'catalog.emptyRange': 'يجب أن تأتي النهاية بعد البداية.',
    'catalog.serviceElsewhere': 'هذه الخدمة تابعة لصالون آخر.',
    'catalog.alreadyStaff': 'هذا الشخص يعمل هنا بالفعل.',
  },
});
