/** Why a deleted person's payments are kept (docs/privacy.md): the tax and payment record rules. */
export const PAYMENT_RETAINED_REASON = 'Kept after account deletion: ZATCA/VAT and payment records (amounts, status, card last four) for the legal period';

/** Why a deleted person's invoices and credit notes are kept, unchanged (they show no buyer name or phone). */
export const INVOICE_RETAINED_REASON = 'Kept after account deletion: VAT invoice, unchanged, for the legal retention period (ZATCA); shows no buyer name or phone';
