import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'counter.invalidParts': 'Enter one to three amounts in halalas greater than zero, each by a different means.',
    'counter.exceedsBalance': 'At most {max} halalas are left to pay on this booking. Enter a smaller amount.',
    'counter.notPayable': 'Only a confirmed or completed booking can be paid at the counter. Confirm the booking first.',
    'counter.onlineInProgress': 'An online payment for this booking is still in progress. Wait for it to finish, then record what is left.',
    'counter.keyReused': 'This request key was already used for a different payment. Send a new key for a new payment.',
    'counter.invalidKey': 'Send a request key of 8 to 128 characters.',
    'counter.refundExceeds': 'You can refund at most {max} halalas of this counter payment.',
    'counter.invalidAmount': 'Enter an amount in halalas greater than zero.',
    'counter.reasonRequired': 'Say why the money is given back (up to 500 characters).',
  },
  ar: {
    'counter.invalidParts': 'أدخل من مبلغ إلى ثلاثة مبالغ بالهللات أكبر من صفر، كلٌّ بوسيلة دفع مختلفة.',
    'counter.exceedsBalance': 'المتبقي للدفع على هذا الحجز {max} هللة كحد أقصى. أدخل مبلغاً أقل.',
    'counter.notPayable': 'لا يمكن الدفع عند الكاشير إلا لحجز مؤكد أو مكتمل. أكّد الحجز أولاً.',
    'counter.onlineInProgress': 'هناك دفعة إلكترونية جارية لهذا الحجز. انتظر اكتمالها ثم سجّل المتبقي.',
    'counter.keyReused': 'استُخدم مفتاح الطلب هذا لدفعة مختلفة. أرسل مفتاحاً جديداً لكل دفعة جديدة.',
    'counter.invalidKey': 'أرسل مفتاح طلب من 8 إلى 128 حرفًا.',
    'counter.refundExceeds': 'يمكنك استرداد {max} هللة كحد أقصى من هذه الدفعة.',
    'counter.invalidAmount': 'أدخل مبلغًا بالهللات أكبر من صفر.',
    'counter.reasonRequired': 'اذكر سبب إرجاع المبلغ (بحد أقصى 500 حرف).',
  },
});
