import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'accounts.invalidPhone': 'Enter a Saudi mobile number like 05X XXX XXXX.',
    'accounts.rateLimitedPhone': 'Too many codes were requested for this number. Try again in {seconds} seconds.',
    'accounts.cooldown': 'Please wait {seconds} seconds before asking for another code.',
    'accounts.rateLimitedIp': 'Too many code requests from this network. Try again in {seconds} seconds.',
    'accounts.rateLimitedDevice': 'Too many code requests from this device. Try again in {seconds} seconds.',
    'accounts.emailTaken': 'This email address is already used by another account.',
    'accounts.invalidEmail': 'Enter a valid email address.',
    'accounts.invalidCode': 'Invalid or expired code',
    'accounts.deliveryFailed': 'We could not send the code right now. Please try again shortly.',
    'accounts.invalidRefreshToken': 'Your session has ended. Please sign in again.',
    'accounts.nameTooLong': 'Names can be at most 150 characters.',
    'accounts.unnamed': 'Customer ending {digits}',
    'accounts.deleted': 'Deleted account',
  },
  ar: {
    'accounts.invalidPhone': 'أدخل رقم جوال سعوديًا مثل ٠٥X XXX XXXX.',
    'accounts.rateLimitedPhone': 'طُلبت رموز كثيرة لهذا الرقم. حاول مرة أخرى بعد {seconds} ثانية.',
    'accounts.cooldown': 'يرجى الانتظار {seconds} ثانية قبل طلب رمز آخر.',
    'accounts.rateLimitedIp': 'طلبات رموز كثيرة من هذه الشبكة. حاول مرة أخرى بعد {seconds} ثانية.',
    'accounts.rateLimitedDevice': 'طلبات رموز كثيرة من هذا الجهاز. حاول مرة أخرى بعد {seconds} ثانية.',
    'accounts.emailTaken': 'هذا البريد الإلكتروني مستخدم في حساب آخر.',
    'accounts.invalidEmail': 'أدخل بريدًا إلكترونيًا صالحًا.',
    'accounts.invalidCode': 'الرمز غير صالح أو منتهي الصلاحية',
    'accounts.deliveryFailed': 'تعذر إرسال الرمز الآن. يرجى المحاولة بعد قليل.',
    'accounts.invalidRefreshToken': 'انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.',
    'accounts.nameTooLong': 'يجب ألا يزيد الاسم عن 150 حرفًا.',
    'accounts.unnamed': 'عميل ينتهي رقمه بـ {digits}',
    'accounts.deleted': 'حساب محذوف',
  },
});
