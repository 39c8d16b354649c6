import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { applyReport } from './apply-report';
import { MoyasarError, MoyasarUnavailable, type MoyasarPayment } from './moyasar-client';
import { Payment, PaymentOperation, PaymentOperationKind, PaymentPurpose, PaymentStatus } from './payment.entity';
import { feeDeclined, forgetSavedCard, sendSavedCardCharge } from './policy/saved-card';
import { SETTLED } from './payment-state';
import { auditRefund } from './refund-audit';
import type { AuditOrigin } from '../audit/audit-log';
import './payments.messages';

interface DueOperation {
  id: string;
  payment_id: string;
  booking_id: string;
  kind: PaymentOperationKind;
  amount_halalas: number | null;
  attempts: number;
  external_id: string;
}

/**
 * Sends one refund, capture or void to Moyasar, holding its row locked from claim to outcome (FOR UPDATE SKIP
 * LOCKED), then applies the answer. A provider outage retries with backoff; a refusal re-reads the payment.
 * Returns false when nothing is due, or true and the operation's id.
 */
export async function runOneOperation(app: AppServices, onlyId?: string): Promise<boolean> {
  const em = app.orm.em.fork() as EntityManager;
  return em.transactional(async (tx) => {
    const [op] = await execute<DueOperation>(
      tx,
      `select o.id, o.payment_id, p.booking_id, o.kind, o.amount_halalas, o.attempts, p.external_id from payment_operations o join payments p on p.id = o.payment_id
        where o.status = 'PENDING' and o.next_attempt_at <= ? ${onlyId ? 'and o.id = ?' : ''} order by o.next_attempt_at limit 1 for update of o skip locked`,
      onlyId ? [app.now(), onlyId] : [app.now()],
    );
    if (!op) return false;
    const amount = op.amount_halalas ?? undefined;
    let reported: MoyasarPayment | null = null;
    let status = 'DONE';
    let error: string | null = null;
    try {
      reported =
        op.kind === PaymentOperationKind.REFUND ? await app.moyasar.refund(op.external_id, amount)
        : op.kind === PaymentOperationKind.CAPTURE ? await app.moyasar.capture(op.external_id, amount)
        : op.kind === PaymentOperationKind.CHARGE ? await sendSavedCardCharge(app, tx, op.payment_id)
        : await app.moyasar.void(op.external_id);
    } catch (err) {
      error = String(err instanceof Error ? err.message : err);
      if (err instanceof MoyasarUnavailable) status = 'PENDING';
      else if (err instanceof MoyasarError) {
        status = 'FAILED';
        reported = await app.moyasar.fetch(op.external_id).catch(() => null);
      } else throw err;
    }
    const attempts = op.attempts + 1;
    const next = new Date(app.now().getTime() + 60_000 * 2 ** Math.min(attempts, 10));
    await execute(tx, 'update payment_operations set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, updated_at = ? where id = ?', [status, attempts, error, next, app.now(), op.id]);
    if (reported) await applyReport(app, tx, reported, { type: `api.${op.kind.toLowerCase()}`, payload: reported as unknown as Record<string, unknown> });
    if (op.kind === PaymentOperationKind.CHARGE && status !== 'PENDING') await chargeOver(app, tx, op, reported, error);
    if (error) app.logger.warn({ event: 'payments.operation_failed', operationId: op.id, kind: op.kind, status, err: error }, 'Payment operation did not go through');
    return true;
  });
}

/**
 * A saved card's fee charge is over, whatever its outcome: the token is forgotten. Refused before Moyasar created
 * anything (no payment to report), the fee's payment fails here, and the fee is DECLINED.
 */
async function chargeOver(app: AppServices, tx: EntityManager, op: DueOperation, reported: MoyasarPayment | null, error: string | null) {
  await forgetSavedCard(tx, op.booking_id, app.now());
  if (reported) return;
  await tx.nativeUpdate(Payment, { id: op.payment_id, status: PaymentStatus.INITIATED }, { status: PaymentStatus.FAILED, failureMessage: error ?? 'refused', updatedAt: app.now() });
  await feeDeclined(app, tx, op.payment_id);
}

export async function runDueOperations(app: AppServices, limit = 20): Promise<number> {
  let done = 0;
  while (done < limit && (await runOneOperation(app))) done += 1;
  return done;
}

/**
 * Payments still INITIATED after a while are asked about and settled (the payer may have left mid-3-D Secure).
 * `onlyId` settles that one payment now, whatever its age (startPayment, before refusing a second attempt).
 */
export async function reconcileStalePayments(app: AppServices, onlyId?: string): Promise<number> {
  const em = app.orm.em.fork() as EntityManager;
  const before = new Date(app.now().getTime() - app.config.PAYMENT_RECONCILE_AFTER_MINUTES * 60_000);
  const stale = await em.find(Payment, { status: PaymentStatus.INITIATED, ...(onlyId ? { id: onlyId } : { createdAt: { $lt: before } }) }, { limit: 50 });
  for (const payment of stale) {
    try {
      const reported = await app.moyasar.fetch(payment.externalId);
      await applyReport(app, em.fork() as EntityManager, reported, { type: 'reconciliation', payload: reported as unknown as Record<string, unknown> });
    } catch (err) {
      if (err instanceof MoyasarError && err.status === 404) {
        // A saved card's fee is created by its CHARGE operation, which may still be waiting to retry: it decides.
        if (payment.purpose === PaymentPurpose.FEE) continue;
        // Moyasar never received it: nothing was charged.
        await em.nativeUpdate(Payment, { id: payment.id, status: PaymentStatus.INITIATED }, { status: PaymentStatus.FAILED, failureMessage: 'never reached the payment provider', updatedAt: app.now() });
      } else {
        app.logger.warn({ event: 'payments.reconcile_failed', paymentId: payment.id, err: String(err) }, 'Could not reconcile a payment');
      }
    }
  }
  return stale.length;
}

/** Money left to refund: what was charged (or captured) minus refunds done or already queued. */
async function refundable(tx: EntityManager, payment: Payment): Promise<number> {
  const captured = Number((payment.providerPayload as { captured?: number } | null)?.captured ?? 0);
  const base = payment.status === PaymentStatus.CAPTURED || captured > 0 ? captured || payment.amountHalalas : payment.amountHalalas;
  const [{ queued }] = await execute<{ queued: number }>(tx, "select coalesce(sum(coalesce(amount_halalas, 0)), 0)::int as queued from payment_operations where payment_id = ? and kind = 'REFUND' and status = 'PENDING'", [payment.id]);
  return base - payment.refundedHalalas - queued;
}

/**
 * A manager's refund, capture or void: recorded as an operation in one transaction, then sent at once so the
 * manager sees the outcome; if Moyasar is down the worker retries it.
 */
export async function requestOperation(app: AppServices, em: EntityManager, paymentId: string, kind: PaymentOperationKind, amountHalalas: number | null | undefined, origin: AuditOrigin): Promise<Payment> {
  if (amountHalalas != null && (!Number.isInteger(amountHalalas) || amountHalalas <= 0)) {
    throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.invalidAmount', ['input', 'amountHalalas']);
  }
  const opId = await em.transactional(async (tx) => {
    const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (kind === PaymentOperationKind.REFUND) {
      if (!SETTLED.includes(payment.status)) throw new BusinessError(UserErrorCode.REFUND_EXCEEDS_BALANCE, 'payments.notRefundable', ['input', 'paymentId'], { max: 0 });
      const max = await refundable(tx, payment);
      const amount = amountHalalas ?? max;
      if (amount > max || max <= 0) throw new BusinessError(UserErrorCode.REFUND_EXCEEDS_BALANCE, 'payments.refundExceedsBalance', ['input', 'amountHalalas'], { max });
      await auditRefund(tx, app.now(), origin, payment.id, amount);
      return tx.create(PaymentOperation, { payment, kind, amountHalalas: amount, nextAttemptAt: app.now(), reason: 'refund by a manager' }).id;
    }
    if (payment.status !== PaymentStatus.AUTHORIZED && !(kind === PaymentOperationKind.VOID && SETTLED.includes(payment.status))) {
      throw new BusinessError(UserErrorCode.INVALID_TRANSITION, 'payments.notCapturable', ['input', 'paymentId']);
    }
    return tx.create(PaymentOperation, { payment, kind, amountHalalas: kind === PaymentOperationKind.CAPTURE ? (amountHalalas ?? null) : null, nextAttemptAt: app.now(), reason: `${kind.toLowerCase()} by a manager` }).id;
  });
  await runOneOperation(app, opId);
  const [{ last_error: lastError, status }] = await execute<{ last_error: string | null; status: string }>(em, 'select last_error, status from payment_operations where id = ?', [opId]);
  if (status === 'PENDING') throw new BusinessError(UserErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, 'payments.unavailable', null);
  if (status === 'FAILED') throw new BusinessError(UserErrorCode.PAYMENT_DECLINED, 'payments.declined', ['input', 'paymentId'], { reason: lastError ?? '' });
  return (await em.fork().findOneOrFail(Payment, { id: paymentId }));
}
