import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'media.invalidImage': 'This file is not a photo we can use. Choose a JPEG, PNG or WebP picture.',
    'media.tooLarge': 'This photo is too large. Choose one under {megabytes} MB.',
    'media.subjectNotFound': 'This service or stylist is not at this salon. Reload the page and choose again.',
    'media.oneSubject': 'A photo is of the salon, one service or one stylist, not several. Choose one of them.',
    'media.consentRequired': 'This stylist has not agreed to photos of them. They can agree in their staff profile.',
    'media.notFound': 'This photo does not exist. Reload the page to see the current photos.',
    'media.reorder': 'List each photo of this salon once, in the new order.',
  },
  ar: {
    'media.invalidImage': 'هذا الملف ليس صورة يمكن استخدامها. اختر صورة بصيغة JPEG أو PNG أو WebP.',
    'media.tooLarge': 'هذه الصورة كبيرة جدًا. اختر صورة أصغر من {megabytes} ميغابايت.',
    'media.subjectNotFound': 'هذه الخدمة أو هذه المصففة ليست في هذا الصالون. حدّث الصفحة واختر من جديد.',
    'media.oneSubject': 'الصورة إما للصالون أو لخدمة واحدة أو لمصففة واحدة، لا لأكثر من ذلك. اختر واحدًا منها.',
    'media.consentRequired': 'لم توافق المصففة على نشر صورها بعد. يمكنها الموافقة من ملفها في صفحة الموظفين.',
    'media.notFound': 'هذه الصورة غير موجودة. حدّث الصفحة لترى الصور الحالية.',
    'media.reorder': 'اذكر كل صورة من صور هذا الصالون مرة واحدة بالترتيب الجديد.',
  },
});
