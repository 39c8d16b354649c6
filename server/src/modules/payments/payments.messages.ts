import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'payments.notAllowed': 'This booking cannot be paid online now.',
    'payments.declined': 'The payment was declined: {reason}',
    'payments.unavailable': 'The payment service is not answering. Your card was not charged twice; please check your booking in a minute.',
    'payments.refundExceedsBalance': 'You can refund at most {max} halalas of this payment.',
    'payments.invalidAmount': 'Enter an amount in halalas greater than zero.',
    'payments.notRefundable': 'This payment holds no money to refund.',
    'payments.notCapturable': 'Only an authorised payment can be captured or voided.',
    'payments.invalidSource': 'Choose a card, Apple Pay or an STC Pay mobile number.',
    'payments.inProgress': 'A payment for this booking is already in progress. Finish it, or wait a few minutes and check your booking.',
    'payments.off': 'Online payment is not available at the moment.',
    'payments.invalidKey': 'Send a request key of 8 to 128 letters, digits or symbols.',
  },
  ar: {
    'payments.notAllowed': 'لا يمكن دفع هذا الحجز إلكترونيًا الآن.',
    'payments.declined': 'رُفضت عملية الدفع: {reason}',
    'payments.unavailable': 'خدمة الدفع لا تستجيب. لم تُخصم منك مرتين؛ يرجى مراجعة حجزك بعد دقيقة.',
    'payments.refundExceedsBalance': 'يمكنك استرداد {max} هللة كحد أقصى من هذه الدفعة.',
    'payments.invalidAmount': 'أدخل مبلغًا بالهللات أكبر من صفر.',
    'payments.notRefundable': 'لا يوجد مبلغ قابل للاسترداد في هذه الدفعة.',
    'payments.notCapturable': 'يمكن تحصيل أو إلغاء الدفعات المعتمدة فقط.',
    'payments.invalidSource': 'اختر بطاقة أو Apple Pay أو رقم جوال STC Pay.',
    'payments.inProgress': 'هناك عملية دفع جارية لهذا الحجز. أكملها، أو انتظر بضع دقائق وراجع حجزك.',
    'payments.off': 'الدفع الإلكتروني غير متاح حاليًا.',
    'payments.invalidKey': 'أرسل مفتاح طلب من 8 إلى 128 حرفًا أو رقمًا أو رمزًا.',
  },
});
