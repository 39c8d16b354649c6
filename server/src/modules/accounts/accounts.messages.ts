import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'accounts.invalidPhone': 'Enter a Saudi mobile number like 05X XXX XXXX.',
    'accounts.rateLimitedPhone': 'Too many codes were requested for this number. Try again in {seconds} seconds.',
    'accounts.cooldown': 'Please wait {seconds} seconds before asking for another code.',
    'accounts.rateLimitedIp': 'Too many code requests from this network. Try again in {seconds} seconds.',
    'accounts.rateLimitedDevice': 'Too many code requests from this device. Try again in {seconds} seconds.',
    'accounts.emailTaken': 'This email address is already used by another account. Use another address, or leave it empty.',
    'accounts.invalidEmail': 'Enter a valid email address.',
    'accounts.invalidCode': 'This code is wrong or has expired. Check the code, or ask for a new one.',
    'accounts.deliveryFailed': 'We could not send the code right now. Please try again shortly.',
    'accounts.invalidRefreshToken': 'Your session has ended. Please sign in again.',
    'accounts.nameTooLong': 'Names can be at most 150 characters. Shorten the name.',
    'accounts.unnamed': 'Customer ending {digits}',
    'accounts.deleted': 'Deleted account',
  },
  ar: {
    'accounts.invalidPhone': 'أدخل رقم جوال سعوديًا مثل ٠٥٠ ١٢٣ ٤٥٦٧.',
    'accounts.rateLimitedPhone': 'طُلبت رموز كثيرة لهذا الرقم. حاول مرة أخرى بعد {seconds} ثانية.',
    'accounts.cooldown': 'يرجى الانتظار {seconds} ثانية قبل طلب رمز آخر.',
    'accounts.rateLimitedIp': 'طلبات رموز كثيرة من هذه الشبكة. حاول مرة أخرى بعد {seconds} ثانية.',
    'accounts.rateLimitedDevice': 'طلبات رموز كثيرة من هذا الجهاز. حاول مرة أخرى بعد {seconds} ثانية.',
    'accounts.emailTaken': 'هذا البريد الإلكتروني مستخدم في حساب آخر. استخدم عنواناً آخر، أو اتركه فارغاً.',
    'accounts.invalidEmail': 'أدخل بريدًا إلكترونيًا صالحًا.',
    'accounts.invalidCode': 'الرمز غير صحيح أو منتهي الصلاحية. تحقق من الرمز، أو اطلب رمزاً جديداً.',
    'accounts.deliveryFailed': 'تعذر إرسال الرمز الآن. يرجى المحاولة بعد قليل.',
    'accounts.invalidRefreshToken': 'انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.',
    'accounts.nameTooLong': 'يجب ألا يزيد الاسم عن 150 حرفًا. اختصر الاسم.',
    'accounts.unnamed': 'عميل ينتهي رقمه بـ {digits}',
    'accounts.deleted': 'حساب محذوف',
  },
});
