import { FormattedMessage, useIntl } from 'react-intl';
import { formatPrice } from '../lib/format';

export interface Terms {
  prepayment: string;
  onlineDueHalalas: number;
  guarantee: boolean;
  balanceHalalas: number;
  noShowFeeHalalas: number;
  noShowGraceMinutes: number;
  lateCancelFeeHalalas: number;
  lateCancelWindowHours: number;
  /** A booking far enough ahead saves the card for the fees instead of authorising it (ADR 0026). */
  savesCard?: boolean;
  savesCardBeyondDays?: number | null;
}

export const hasFees = (t: Terms) => t.noShowFeeHalalas > 0 || t.lateCancelFeeHalalas > 0;

/** What booking costs online now, what is left for the salon, and the fees: shown before booking and on the booking. */
export function PaymentTermsNote({ terms }: { terms: Terms }) {
  const intl = useIntl();
  const price = (h: number) => formatPrice(intl, h);
  const main = terms.savesCard
    ? <FormattedMessage id="terms.savesCard" />
    : terms.guarantee
    ? <FormattedMessage id="terms.guarantee" values={{ amount: price(terms.onlineDueHalalas) }} />
    : terms.prepayment === 'DEPOSIT'
      ? <FormattedMessage id="terms.deposit" values={{ amount: price(terms.onlineDueHalalas), balance: price(terms.balanceHalalas) }} />
      : terms.prepayment === 'FULL'
        ? <FormattedMessage id="terms.full" values={{ amount: price(terms.onlineDueHalalas) }} />
        : <FormattedMessage id="terms.none" />;
  return (
    <div className="stack" data-terms>
      <p>{main}</p>
      {terms.guarantee && !terms.savesCard && terms.savesCardBeyondDays != null && (
        <p className="muted" data-saves-card-beyond>
          <FormattedMessage id="terms.savesCardBeyond" values={{ days: terms.savesCardBeyondDays }} />
        </p>
      )}
      {terms.noShowFeeHalalas > 0 && (
        <p className="muted" data-fee="no-show">
          <FormattedMessage id="terms.noShowFee" values={{ amount: price(terms.noShowFeeHalalas), minutes: terms.noShowGraceMinutes }} />
        </p>
      )}
      {terms.lateCancelFeeHalalas > 0 && (
        <p className="muted" data-fee="late-cancel">
          <FormattedMessage id="terms.lateCancelFee" values={{ amount: price(terms.lateCancelFeeHalalas), hours: terms.lateCancelWindowHours }} />
        </p>
      )}
    </div>
  );
}
