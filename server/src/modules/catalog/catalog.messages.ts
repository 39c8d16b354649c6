import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'catalog.notFound': 'We could not find that. Reload the page and try again.',
    'catalog.invalidTimeZone': 'Choose a valid time zone, e.g. Asia/Riyadh.',
    'catalog.outOfRange': 'This value must be between {min} and {max}. Enter a value in that range.',
    'catalog.required': 'This is required. Fill it in to continue.',
    'catalog.tooLong': 'This must be at most {max} characters. Shorten it.',
    'catalog.emptyRange': 'The end must come after the start. Choose a later end.',
    'catalog.serviceElsewhere': 'This service belongs to another salon. Choose one of this salon\'s services.',
    'catalog.alreadyStaff': 'This person already works here. Find them in the team list.',
  },
  ar: {
    'catalog.notFound': 'لم نتمكن من العثور على ذلك. حدّث الصفحة وحاول مرة أخرى.',
    'catalog.invalidTimeZone': 'اختر منطقة زمنية صحيحة، مثل Asia/Riyadh.',
    'catalog.outOfRange': 'يجب أن تكون هذه القيمة بين {min} و{max}. أدخل قيمة ضمن هذا المدى.',
    'catalog.required': 'هذا الحقل مطلوب. املأه للمتابعة.',
    'catalog.tooLong': 'يجب ألا يزيد هذا عن {max} حرفًا. اختصره.',
    'catalog.emptyRange': 'يجب أن تأتي النهاية بعد البداية. اختر نهاية أبعد.',
    'catalog.serviceElsewhere': 'هذه الخدمة تابعة لصالون آخر. اختر من خدمات هذا الصالون.',
    'catalog.alreadyStaff': 'هذا الشخص يعمل هنا بالفعل. تجده في قائمة الفريق.',
  },
});
