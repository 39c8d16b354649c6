import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'reviews.notFound': 'This review does not exist. Reload the page to see the current reviews.',
    'reviews.replyText': 'Write a reply of up to 2000 characters.',
    'reviews.reasonRequired': 'Give a reason of up to 500 characters.',
    'reviews.comment': 'A comment can be up to 2000 characters. Shorten it.',
    'reviews.rating': 'Choose from 1 to 5 stars.',
    'reviews.editWindowPassed': 'A review can be edited for 14 days after it was written; that time has passed. You can tell the salon directly instead.',
    'reviews.alreadyReported': 'This review has already been reported to the platform. Wait for the platform\'s decision.',
    'reviews.hidden': 'This review has been hidden by the platform. Reload the page to see the current reviews.',
    'reviews.noOpenReport': 'This review has no open report. Reload the list to see the open reports.',
  },
  ar: {
    'reviews.notFound': 'هذا التقييم غير موجود. حدّث الصفحة لترى التقييمات الحالية.',
    'reviews.replyText': 'اكتب ردًا لا يزيد على ٢٠٠٠ حرف.',
    'reviews.reasonRequired': 'اذكر سببًا لا يزيد على ٥٠٠ حرف.',
    'reviews.comment': 'يمكن أن يصل التعليق إلى ٢٠٠٠ حرف. اختصره.',
    'reviews.rating': 'اختر من نجمة إلى خمس نجوم.',
    'reviews.editWindowPassed': 'يمكن تعديل التقييم خلال ١٤ يومًا من كتابته، وقد انقضت هذه المدة. يمكنك إخبار الصالون مباشرة بدلاً من ذلك.',
    'reviews.alreadyReported': 'سبق الإبلاغ عن هذا التقييم إلى المنصة. انتظر قرار المنصة.',
    'reviews.hidden': 'أخفت المنصة هذا التقييم. حدّث الصفحة لترى التقييمات الحالية.',
    'reviews.noOpenReport': 'لا يوجد بلاغ مفتوح عن هذا التقييم. حدّث القائمة لترى البلاغات المفتوحة.',
  },
});
