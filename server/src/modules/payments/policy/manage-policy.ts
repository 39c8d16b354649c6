import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { BusinessError, UserErrorCode } from '../../../graphql/errors';
import { isUuid } from '../../../graphql/ids';
import { Salon } from '../../catalog/salon.entity';
import { Service } from '../../catalog/service.entity';
import { PaymentPolicy, Prepayment } from './policy.entity';
import type { AmountRule } from './terms';
import '../payments.messages';
import '../../catalog/catalog.messages';

export interface PolicyInput {
  salonId: string;
  serviceId?: string | null;
  prepayment: Prepayment;
  deposit?: AmountRule | null;
  noShowFee?: AmountRule | null;
  noShowGraceMinutes?: number | null;
  lateCancelFee?: AmountRule | null;
  lateCancelWindowHours?: number | null;
}

const rule = z
  .object({ percent: z.number().int().min(0).max(100).nullish(), halalas: z.number().int().min(0).max(100_000_000).nullish() })
  .nullish()
  .refine((r) => !r || r.percent == null || r.halalas == null, 'a percentage or an amount, not both');
const window = z.number().int().min(0).max(720).nullish();
const policySchema = z
  .object({ prepayment: z.enum(Prepayment), deposit: rule, noShowFee: rule, noShowGraceMinutes: window, lateCancelFee: rule, lateCancelWindowHours: window })
  .refine((p) => p.prepayment !== Prepayment.DEPOSIT || Boolean(p.deposit?.percent || p.deposit?.halalas), { message: 'a deposit needs an amount', path: ['deposit'] });

const invalid = (path: PropertyKey[]) => new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.invalidPolicy', ['input', ...path.map(String)].slice(0, 2));

/**
 * Sets a salon's payment policy, or one service's override (`serviceId`), replacing what was there. The salon's
 * older `requiresPrepayment` switch follows the salon policy, for clients that read only it. Bookings already made
 * keep the terms they were made under.
 */
export async function setPaymentPolicy(em: EntityManager, input: PolicyInput): Promise<PaymentPolicy> {
  const parsed = policySchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues[0].path);
  const p = parsed.data;
  if (!isUuid(input.salonId)) throw new BusinessError(UserErrorCode.NOT_FOUND, 'catalog.notFound', ['input', 'salonId']);
  return em.transactional(async (tx) => {
    // The salon row lock serialises two managers saving at once (one row per salon and per service).
    const salon = await tx.findOneOrFail(Salon, { id: input.salonId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    let service: Service | null = null;
    if (input.serviceId) {
      service = isUuid(input.serviceId) ? await tx.findOne(Service, { id: input.serviceId, salon }) : null;
      if (!service) throw new BusinessError(UserErrorCode.NOT_FOUND, 'catalog.notFound', ['input', 'serviceId']);
    }
    const values = {
      prepayment: p.prepayment,
      depositPercent: p.prepayment === Prepayment.DEPOSIT ? (p.deposit?.percent ?? null) : null,
      depositHalalas: p.prepayment === Prepayment.DEPOSIT ? (p.deposit?.halalas ?? null) : null,
      noShowFeePercent: p.noShowFee?.percent ?? null, noShowFeeHalalas: p.noShowFee?.halalas ?? null, noShowGraceMinutes: p.noShowGraceMinutes ?? 15,
      lateCancelFeePercent: p.lateCancelFee?.percent ?? null, lateCancelFeeHalalas: p.lateCancelFee?.halalas ?? null, lateCancelWindowHours: p.lateCancelWindowHours ?? 24,
    };
    let policy = await tx.findOne(PaymentPolicy, { salon, service });
    if (policy) tx.assign(policy, values);
    else policy = tx.create(PaymentPolicy, { salon, service, ...values });
    if (!service) salon.requiresPrepayment = p.prepayment !== Prepayment.NONE;
    return policy;
  });
}

/** The service follows its salon's policy again. */
export async function removeServicePolicy(em: EntityManager, serviceId: string): Promise<Service> {
  if (!isUuid(serviceId)) throw new BusinessError(UserErrorCode.NOT_FOUND, 'catalog.notFound', ['input', 'serviceId']);
  return em.transactional(async (tx) => {
    const service = await tx.findOne(Service, { id: serviceId });
    if (!service) throw new BusinessError(UserErrorCode.NOT_FOUND, 'catalog.notFound', ['input', 'serviceId']);
    await tx.nativeDelete(PaymentPolicy, { service });
    return service;
  });
}
