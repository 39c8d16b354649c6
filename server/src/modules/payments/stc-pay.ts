import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { applyReport } from './apply-report';
import { MoyasarError, MoyasarUnavailable } from './moyasar-client';
import { Payment, PaymentStatus } from './payment.entity';
import { moyasarSettings } from './settings';
import './payments.messages';

const OTP = /^\d{4,10}$/;

/**
 * The customer types the code STC Pay sent them. Moyasar answered the STC Pay payment with `initiated` and a
 * `transaction_url`; the code is POSTed there as `otp_value`. What Moyasar answers is not trusted: the payment is
 * re-fetched and applied through the forward-only state machine, as for a 3-D Secure return.
 */
export async function confirmStcPayment(app: AppServices, em: EntityManager, paymentId: string, otp: string): Promise<Payment> {
  const notWaiting = () => new BusinessError(UserErrorCode.PAYMENT_NOT_ALLOWED, 'payments.notStcPay', ['input', 'paymentId']);
  if (!OTP.test(otp)) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.invalidOtp', ['input', 'otp']);
  if (!isUuid(paymentId)) throw notWaiting();
  const payment = await em.fork().findOne(Payment, { id: paymentId });
  const base = moyasarSettings(app.config).baseUrl.replace(/\/$/, '');
  // Only a URL Moyasar gave us, on Moyasar's own host: the server never posts a customer's code anywhere else.
  if (!payment || payment.status !== PaymentStatus.INITIATED || payment.sourceType !== 'stcpay' || !payment.transactionUrl?.startsWith(`${base}/`)) throw notWaiting();
  try {
    await app.moyasar.submitOtp(payment.transactionUrl, otp);
  } catch (err) {
    // A refused code (4xx) still leaves Moyasar's word on the payment to fetch; an outage is the customer's to retry.
    if (err instanceof MoyasarUnavailable) throw new BusinessError(UserErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, 'payments.unavailable', null, {}, { payment });
    if (!(err instanceof MoyasarError)) throw err;
  }
  const reported = await app.moyasar.fetch(payment.externalId).catch(() => null);
  if (!reported) throw new BusinessError(UserErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, 'payments.unavailable', null, {}, { payment });
  const applied = (await applyReport(app, em.fork() as EntityManager, reported, { type: 'api.stcpay_otp', payload: reported as unknown as Record<string, unknown> }))!;
  if (applied.status === PaymentStatus.FAILED) {
    throw new BusinessError(UserErrorCode.PAYMENT_DECLINED, 'payments.declined', ['input', 'otp'], { reason: applied.failureMessage ?? '' }, { payment: applied });
  }
  return applied;
}
