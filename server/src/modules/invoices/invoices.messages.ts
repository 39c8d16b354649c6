import { addMessages } from '../../i18n/messages';

addMessages({
  en: {
    'invoices.invalidVatNumber': 'Enter the 15-digit VAT registration number: it starts and ends with 3.',
    'invoices.invalidLegalName': 'Enter the legal name as registered, up to 200 characters.',
    'invoices.notFound': 'We could not find this salon.',
  },
  ar: {
    'invoices.invalidVatNumber': 'أدخل الرقم الضريبي المكوَّن من 15 رقمًا: يبدأ بالرقم 3 وينتهي به.',
    'invoices.invalidLegalName': 'أدخل الاسم النظامي كما هو مسجَّل، بحد أقصى 200 حرف.',
    'invoices.notFound': 'لم نتمكن من العثور على هذا الصالون.',
  },
});
