import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'reviews.notFound': 'This review does not exist.',
    'reviews.replyText': 'Write a reply of up to 2000 characters.',
    'reviews.reasonRequired': 'Give a reason of up to 500 characters.',
    'reviews.comment': 'A comment can be up to 2000 characters.',
    'reviews.rating': 'Choose from 1 to 5 stars.',
    'reviews.editWindowPassed': 'A review can be edited for 14 days after it was written; that time has passed.',
    'reviews.alreadyReported': 'This review has already been reported to the platform.',
    'reviews.hidden': 'This review has been hidden by the platform.',
    'reviews.noOpenReport': 'This review has no open report.',
  },
  ar: {
    'reviews.notFound': 'هذا التقييم غير موجود.',
    'reviews.replyText': 'اكتب ردًا لا يزيد على ٢٠٠٠ حرف.',
    'reviews.reasonRequired': 'اذكر سببًا لا يزيد على ٥٠٠ حرف.',
    'reviews.comment': 'يمكن أن يصل التعليق إلى ٢٠٠٠ حرف.',
    'reviews.rating': 'اختر من نجمة إلى خمس نجوم.',
    'reviews.editWindowPassed': 'يمكن تعديل التقييم خلال ١٤ يومًا من كتابته، وقد انقضت هذه المدة.',
    'reviews.alreadyReported': 'سبق الإبلاغ عن هذا التقييم إلى المنصة.',
    'reviews.hidden': 'أخفت المنصة هذا التقييم.',
    'reviews.noOpenReport': 'لا يوجد بلاغ مفتوح عن هذا التقييم.',
  },
});
