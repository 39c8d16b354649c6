import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useSession } from '../lib/session';
import { formatDay, formatPrice, formatTime, randomKey, upcomingDates } from '../lib/format';
import { PayForm } from './PayForm';
import { hasFees, type Terms } from './PaymentTermsNote';
import { Button } from '../ui/Button';
import { visitPartsInput, VisitPartsEditor, VisitStartChoices, visitTotal, type VisitPart } from './VisitParts';

export const VisitDaysQuery = graphql(`
  query AvailableVisitDays($input: AvailableVisitDaysInput!) { availableVisitDays(input: $input) }
`);

export const VisitStartsQuery = graphql(`
  query AvailableVisitStarts($input: AvailableVisitStartsInput!) {
    availableVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }
  }
`);

export const BookVisitMutation = graphql(`
  mutation BookVisit($input: BookVisitInput!) {
    bookVisit(input: $input) {
      visit { id totalHalalas parts { id holdExpiresAt nextPayment { purpose amountHalalas savesCard } } }
      errors { code message field }
    }
  }
`);

interface SalonForVisit {
  id: string;
  timeZone: string;
  services: { id: string; name: string; durationMinutes: number; priceHalalas: number; paymentTerms: Terms }[];
  staff: { id: string; displayName: string; services: { id: string }[] }[];
}

const DAYS = 14;

/**
 * Several services in one visit: the customer lists services in order, each with a stylist or anyone, then picks a
 * day and a start where the whole sequence fits, and books (and pays) it once.
 */
export default function VisitFlow({ salon }: { salon: SalonForVisit }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [parts, setParts] = useState<VisitPart[]>([{ serviceId: '', staffId: '' }]);
  const [date, setDate] = useState<string | null>(null);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [key, setKey] = useState<string | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [held, setHeld] = useState<{ id: string; amountHalalas: number; holdExpiresAt: string; authoriseOnly: boolean; savesCard: boolean } | null>(null);

  const dates = useMemo(() => upcomingDates(salon.timeZone, DAYS), [salon.timeZone]);
  const chosen = parts.filter((p) => p.serviceId);
  const ready = chosen.length === parts.length && parts.length > 0;
  const input = visitPartsInput(parts);
  const days = useQuery(VisitDaysQuery, { skip: !ready, variables: { input: { parts: input, from: dates[0], to: dates[dates.length - 1] } } });
  const starts = useQuery(VisitStartsQuery, { skip: !ready || !date, variables: { input: { parts: input, date: date ?? dates[0] } }, fetchPolicy: 'network-only' });
  const [bookVisit, booking] = useMutation(BookVisitMutation);
  const open = new Set(days.data?.availableVisitDays ?? []);
  const serviceOf = (id: string) => salon.services.find((s) => s.id === id);
  const total = visitTotal(chosen, salon.services);
  const lead = serviceOf(parts[0]?.serviceId ?? '');
  const slot = starts.data?.availableVisitStarts.find((v) => v.startsAt === startsAt);

  /** Any change to the services or stylists starts the day and time over. */
  const change = (next: VisitPart[]) => {
    setParts(next);
    setDate(null);
    setStartsAt(null);
    setKey(null);
  };

  const confirm = async () => {
    if (!startsAt) return;
    setMessage(null);
    const idempotencyKey = key ?? randomKey();
    setKey(idempotencyKey);
    try {
      const { data } = await bookVisit({ variables: { input: { parts: input, startsAt, idempotencyKey, acceptTerms: accepted } } });
      const payload = data!.bookVisit;
      if (payload.errors.length) {
        setMessage(payload.errors[0].message);
        if (payload.errors[0].code === 'SLOT_UNAVAILABLE') {
          setStartsAt(null);
          setKey(null);
          void starts.refetch();
          void days.refetch();
        }
        return;
      }
      const first = payload.visit!.parts[0];
      if (first.holdExpiresAt && first.nextPayment) {
        setHeld({ id: first.id, amountHalalas: first.nextPayment.amountHalalas, holdExpiresAt: first.holdExpiresAt, authoriseOnly: first.nextPayment.purpose === 'GUARANTEE', savesCard: first.nextPayment.savesCard });
      } else navigate(`/bookings?booking=${first.id}&created=1`);
    } catch {
      setMessage(intl.formatMessage({ id: 'common.networkError' }));
    }
  };

  if (held) return <PayForm bookingId={held.id} amountHalalas={held.amountHalalas} holdExpiresAt={held.holdExpiresAt} authoriseOnly={held.authoriseOnly} savesCard={held.savesCard} />;

  return (
    <section aria-labelledby="visit-title" className="card stack" data-visit-flow>
      <h2 id="visit-title">
        <FormattedMessage id="visit.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="visit.intro" />
      </p>
      <VisitPartsEditor id="visit" parts={parts} onChange={change} services={salon.services} staff={salon.staff} />
      {ready && (
        <fieldset>
          <legend>
            <FormattedMessage id="visit.pickDay" />
          </legend>
          <div className="calendar" role="group">
            {dates.map((d) => (
              <button
                key={d}
                type="button"
                className={`day${date === d ? ' selected' : ''}`}
                disabled={!open.has(d)}
                aria-pressed={date === d}
                onClick={() => {
                  setDate(d);
                  setStartsAt(null);
                }}
              >
                {intl.formatDate(new Date(`${d}T12:00:00Z`), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {ready && date && (
        <VisitStartChoices
          starts={starts.data?.availableVisitStarts}
          loading={starts.loading}
          chosen={startsAt}
          timeZone={salon.timeZone}
          onChoose={(at) => {
            setStartsAt(at);
            setKey(null);
          }}
        />
      )}
      {slot && date && (
        <div className="stack sheet" data-visit-summary>
          <p>
            <FormattedMessage id="visit.summary" values={{ count: slot.parts.length, date: formatDay(intl, date), start: formatTime(intl, slot.startsAt, salon.timeZone), end: formatTime(intl, slot.endsAt, salon.timeZone), total: formatPrice(intl, total) }} />
          </p>
          <ol className="plain">
            {slot.parts.map((p, i) => (
              <li key={i}>
                {formatTime(intl, p.startsAt, salon.timeZone)} · <bdi dir="auto">{serviceOf(parts[i].serviceId)?.name}</bdi> · <bdi dir="auto">{p.staff.displayName}</bdi>
              </li>
            ))}
          </ol>
          {lead && lead.paymentTerms.onlineDueHalalas > 0 && <p className="muted"><FormattedMessage id="book.prepayment" /></p>}
          {lead && hasFees(lead.paymentTerms) && (
            <label className="choice">
              <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
              <FormattedMessage id="book.acceptTerms" />
            </label>
          )}
          {signedIn ? (
            <Button type="button" onClick={() => void confirm()} disabled={booking.loading || Boolean(lead && hasFees(lead.paymentTerms) && !accepted)}>
              <FormattedMessage id="visit.confirm" />
            </Button>
          ) : (
            <Button type="button" onClick={() => navigate(`/login?next=${encodeURIComponent(`/salons/${salon.id}`)}`)}>
              <FormattedMessage id="book.signInToBook" />
            </Button>
          )}
        </div>
      )}
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </section>
  );
}
