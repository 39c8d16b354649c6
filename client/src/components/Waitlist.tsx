import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../gql';
import { useSession } from '../lib/session';
import { formatDateTime, formatDay, formatPrice, formatTime } from '../lib/format';
import { Countdown } from '../ui/Countdown';
import { useToast } from '../ui/Toast';
import { PayForm } from './PayForm';
import { StatusMessage } from './StatusMessage';
import { Button } from '../ui/Button';

// The waitlist's screens (docs/waitlist.md): joining from the booking flow, the offer page the message links to,
// the customer's entries on My bookings and the salon's list on the manager's screen. One lazy chunk.

const JoinMutation = graphql(`
  mutation JoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { entry { id status } errors { code message field } } }
`);

const OfferQuery = graphql(`
  query WaitlistOffer($id: ID!) {
    waitlistOffer(id: $id) {
      id status startsAt expiresAt staff { id displayName }
      booking { id status priceHalalas salon { id name timeZone } service { id name durationMinutes } }
    }
  }
`);

const AcceptMutation = graphql(`
  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {
    acceptWaitlistOffer(input: $input) { booking { id status holdExpiresAt nextPayment { purpose amountHalalas savesCard } } offer { id status } errors { code message field } }
  }
`);

const MyWaitlistQuery = graphql(`
  query MyWaitlist {
    myWaitlist { id status dateFrom dateTo partOfDay timeFrom timeTo service { id name } salon { id name timeZone } staff { id displayName } offer { id startsAt expiresAt } }
  }
`);

const LeaveMutation = graphql(`
  mutation LeaveWaitlist($input: LeaveWaitlistInput!) { leaveWaitlist(input: $input) { entry { id status } errors { code message } } }
`);

const SalonWaitlistQuery = graphql(`
  query SalonWaitlist($salonId: ID!) {
    salonWaitlist(salonId: $salonId) { id status customerName dateFrom dateTo partOfDay timeFrom timeTo service { id name } staff { id displayName } offer { id startsAt expiresAt } }
  }
`);

type TimeChoice = 'ANY' | 'MORNING' | 'AFTERNOON' | 'EVENING' | 'RANGE';
const TIME_CHOICES: TimeChoice[] = ['ANY', 'MORNING', 'AFTERNOON', 'EVENING', 'RANGE'];
/** Starts on the half hour, for a time range. */
const HALF_HOURS = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
const wallTime = (intl: IntlShape, hhmm: string) => intl.formatTime(new Date(`2000-01-01T${hhmm === '24:00' ? '00:00' : hhmm}:00Z`), { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' });

interface Wanted {
  dateFrom: string;
  dateTo: string;
  partOfDay?: string | null;
  timeFrom?: string | null;
  timeTo?: string | null;
}

/** "Sunday 12 December – Monday 13 December, evening": what an entry waits for, in the page's language. */
function describeWanted(intl: IntlShape, e: Wanted): string {
  const days = e.dateFrom === e.dateTo ? formatDay(intl, e.dateFrom) : `${formatDay(intl, e.dateFrom)} – ${formatDay(intl, e.dateTo)}`;
  const time = e.partOfDay
    ? intl.formatMessage({ id: `waitlist.time.${e.partOfDay}` })
    : e.timeFrom && e.timeTo
      ? intl.formatMessage({ id: 'waitlist.timeRange' }, { from: wallTime(intl, e.timeFrom), to: wallTime(intl, e.timeTo) })
      : intl.formatMessage({ id: 'waitlist.time.ANY' });
  return `${days} · ${time}`;
}

interface JoinProps {
  salonId: string;
  serviceId: string;
  staffId?: string;
  staff: { id: string; displayName: string }[];
  dates: string[];
  date?: string;
}

/** "Join the waitlist" under the day picker: dates, stylist, part of the day or a time range. */
export function WaitlistJoin({ salonId, serviceId, staffId, staff, dates, date }: JoinProps) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(date ?? dates[0]);
  const [to, setTo] = useState(date ?? dates[0]);
  const [who, setWho] = useState(staffId ?? '');
  const [time, setTime] = useState<TimeChoice>('ANY');
  const [range, setRange] = useState({ from: '16:00', to: '20:00' });
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState(false);
  const [join, joining] = useMutation(JoinMutation);
  useEffect(() => {
    if (date) {
      setFrom(date);
      setTo(date);
    }
  }, [date]);
  useEffect(() => setWho(staffId ?? ''), [staffId]);

  if (joined) {
    return (
      <p role="status" className="banner ok" data-waitlist-joined>
        <FormattedMessage id="waitlist.joined" /> <Link to="/bookings" className="button link"><FormattedMessage id="waitlist.seeMine" /></Link>
      </p>
    );
  }
  if (!open) {
    return (
      <div className="stack">
        <p className="muted"><FormattedMessage id="waitlist.prompt" /></p>
        <Button type="button" variant="secondary" onClick={() => (signedIn ? setOpen(true) : navigate(`/login?next=${encodeURIComponent(`/salons/${salonId}`)}`))}>
          <FormattedMessage id="waitlist.join" />
        </Button>
      </div>
    );
  }
  const submit = async () => {
    setError(null);
    const input = {
      serviceId, staffId: who || null, dateFrom: from, dateTo: to < from ? from : to,
      partOfDay: ['MORNING', 'AFTERNOON', 'EVENING'].includes(time) ? (time as 'MORNING') : null,
      timeFrom: time === 'RANGE' ? range.from : null, timeTo: time === 'RANGE' ? range.to : null,
    };
    try {
      const { data } = await join({ variables: { input } });
      const payload = data!.joinWaitlist;
      if (payload.errors.length) setError(payload.errors[0].message);
      else setJoined(true);
    } catch {
      setError(intl.formatMessage({ id: 'common.networkError' }));
    }
  };
  return (
    <fieldset className="stack sheet" data-waitlist-form>
      <legend><FormattedMessage id="waitlist.title" /></legend>
      <label className="field">
        <FormattedMessage id="waitlist.from" />
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          {dates.map((d) => <option key={d} value={d}>{formatDay(intl, d)}</option>)}
        </select>
      </label>
      <label className="field">
        <FormattedMessage id="waitlist.to" />
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          {dates.filter((d) => d >= from).map((d) => <option key={d} value={d}>{formatDay(intl, d)}</option>)}
        </select>
      </label>
      <label className="field">
        <FormattedMessage id="waitlist.stylist" />
        <select value={who} onChange={(e) => setWho(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'waitlist.anyone' })}</option>
          {staff.map((m) => <option key={m.id} value={m.id}>{m.displayName}</option>)}
        </select>
      </label>
      <label className="field">
        <FormattedMessage id="waitlist.when" />
        <select value={time} onChange={(e) => setTime(e.target.value as TimeChoice)}>
          {TIME_CHOICES.map((c) => <option key={c} value={c}>{intl.formatMessage({ id: c === 'RANGE' ? 'waitlist.time.RANGE' : `waitlist.time.${c}` })}</option>)}
        </select>
      </label>
      {time === 'RANGE' && (
        <div className="choices">
          <label className="field">
            <FormattedMessage id="waitlist.rangeFrom" />
            <select value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))}>
              {HALF_HOURS.map((h) => <option key={h} value={h}>{wallTime(intl, h)}</option>)}
            </select>
          </label>
          <label className="field">
            <FormattedMessage id="waitlist.rangeTo" />
            <select value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))}>
              {[...HALF_HOURS.slice(1), '24:00'].map((h) => <option key={h} value={h}>{wallTime(intl, h)}</option>)}
            </select>
          </label>
        </div>
      )}
      <Button type="button" disabled={joining.loading} onClick={() => void submit()}>
        <FormattedMessage id="waitlist.submit" />
      </Button>
      {error && <p role="alert" className="error">{error}</p>}
    </fieldset>
  );
}

/** The page the offer message links to: the held time, a countdown, and Accept into the normal booking steps. */
export function WaitlistOfferPage() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(OfferQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [accept, accepting] = useMutation(AcceptMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [needsTerms, setNeedsTerms] = useState(false);
  const [terms, setTerms] = useState(false);
  const [ended, setEnded] = useState(false);
  const [held, setHeld] = useState<{ id: string; amountHalalas: number; holdExpiresAt: string; authoriseOnly: boolean; savesCard: boolean } | null>(null);
  const offer = data?.waitlistOffer;
  useEffect(() => {
    if (!offer) return;
    const left = new Date(offer.expiresAt).getTime() - Date.now();
    setEnded(left <= 0);
    const timer = setTimeout(() => setEnded(true), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [offer]);

  if (loading) return <StatusMessage kind="loading" messageId="common.loading" />;
  if (error || !offer) return <StatusMessage kind="empty" messageId="waitlist.offerMissing" />;
  if (held) return <PayForm bookingId={held.id} amountHalalas={held.amountHalalas} holdExpiresAt={held.holdExpiresAt} authoriseOnly={held.authoriseOnly} savesCard={held.savesCard} />;
  const { booking } = offer;
  const open = offer.status === 'OPEN' && !ended;

  const doAccept = async () => {
    setMessage(null);
    try {
      const { data: result } = await accept({ variables: { input: { offerId: offer.id, acceptTerms: terms } } });
      const payload = result!.acceptWaitlistOffer;
      if (payload.errors.length) {
        setMessage(payload.errors[0].message);
        if (payload.errors[0].code === 'FEES_NOT_ACCEPTED') setNeedsTerms(true);
        if (['OFFER_TAKEN', 'OFFER_EXPIRED'].includes(payload.errors[0].code)) setEnded(true);
        return;
      }
      const accepted = payload.booking!;
      if (accepted.holdExpiresAt && accepted.nextPayment) {
        setHeld({ id: accepted.id, amountHalalas: accepted.nextPayment.amountHalalas, holdExpiresAt: accepted.holdExpiresAt, authoriseOnly: accepted.nextPayment.purpose === 'GUARANTEE', savesCard: accepted.nextPayment.savesCard });
      } else navigate(`/bookings?booking=${accepted.id}&created=1`);
    } catch {
      setMessage(intl.formatMessage({ id: 'common.networkError' }));
    }
  };

  return (
    <section className="card stack" aria-labelledby="offer-title" data-offer={offer.id}>
      <h1 id="offer-title"><FormattedMessage id="waitlist.offerTitle" /></h1>
      <p>
        <FormattedMessage
          id="waitlist.offerSummary"
          values={{
            service: <span dir="auto">{booking.service.name}</span>, staff: <span dir="auto">{offer.staff.displayName}</span>, salon: <span dir="auto">{booking.salon.name}</span>,
            time: formatDateTime(intl, offer.startsAt, booking.salon.timeZone), price: formatPrice(intl, booking.priceHalalas),
          }}
        />
      </p>
      {open ? (
        <p role="timer" aria-live="off">
          <FormattedMessage id="waitlist.heldFor" /> <Countdown until={offer.expiresAt} />
        </p>
      ) : (
        <p role="status" className="banner warn" data-offer-ended>
          <FormattedMessage id={offer.status === 'ACCEPTED' ? 'waitlist.offerAccepted' : 'waitlist.offerEnded'} />
        </p>
      )}
      {needsTerms && open && (
        <label className="choice">
          <input type="checkbox" checked={terms} onChange={(e) => setTerms(e.target.checked)} />
          <FormattedMessage id="book.acceptTerms" />
        </label>
      )}
      {open && (
        <Button type="button" disabled={accepting.loading || (needsTerms && !terms)} onClick={() => void doAccept()}>
          <FormattedMessage id="waitlist.accept" />
        </Button>
      )}
      {message && <p role="alert" className="error">{message}</p>}
      <Link to="/bookings" className="button link"><FormattedMessage id="waitlist.seeMine" /></Link>
    </section>
  );
}

/** "My waitlist" on My bookings: what each entry waits for, its open offer, and Leave. */
export function MyWaitlist() {
  const intl = useIntl();
  const toast = useToast();
  const { data, refetch } = useQuery(MyWaitlistQuery, { fetchPolicy: 'cache-and-network' });
  const [leave, leaving] = useMutation(LeaveMutation);
  const entries = data?.myWaitlist ?? [];
  const doLeave = async (entryId: string) => {
    const { data: result } = await leave({ variables: { input: { entryId } } });
    if (result?.leaveWaitlist.errors.length) toast(result.leaveWaitlist.errors[0].message);
    else toast(intl.formatMessage({ id: 'waitlist.left' }));
    void refetch();
  };
  return (
    <section className="stack" aria-labelledby="my-waitlist-title" data-my-waitlist>
      <h2 id="my-waitlist-title"><FormattedMessage id="waitlist.mine" /></h2>
      {entries.length === 0 && <p className="muted"><FormattedMessage id="waitlist.mineEmpty" /></p>}
      {entries.map((e) => (
        <article key={e.id} className="card stack" data-waitlist-entry={e.id}>
          <h3 className="card-title"><span dir="auto">{e.service.name}</span> · <span dir="auto">{e.salon.name}</span></h3>
          <p>{describeWanted(intl, e)}{e.staff && <> · <span dir="auto">{e.staff.displayName}</span></>}</p>
          {e.offer ? (
            <p className="banner ok">
              <FormattedMessage id="waitlist.offered" values={{ time: formatDateTime(intl, e.offer.startsAt, e.salon.timeZone) }} />{' '}
              <Link to={`/waitlist/offers/${e.offer.id}`} className="button link"><FormattedMessage id="waitlist.seeOffer" /></Link>
            </p>
          ) : (
            <p className="muted"><FormattedMessage id="waitlist.waiting" /></p>
          )}
          <div className="actions">
            <Button type="button" variant="secondary" disabled={leaving.loading} onClick={() => void doLeave(e.id)}>
              <FormattedMessage id="waitlist.leave" />
            </Button>
          </div>
        </article>
      ))}
    </section>
  );
}

/** The salon's waitlist, in the order offers go out (managers and receptionists). */
export function SalonWaitlistPanel({ salonId, timeZone }: { salonId: string; timeZone: string }) {
  const intl = useIntl();
  const { data } = useQuery(SalonWaitlistQuery, { variables: { salonId }, fetchPolicy: 'cache-and-network' });
  const entries = data?.salonWaitlist ?? [];
  return (
    <section className="card stack" aria-labelledby="salon-waitlist-title" data-salon-waitlist>
      <h2 id="salon-waitlist-title"><FormattedMessage id="waitlist.salonTitle" /></h2>
      {entries.length === 0 && <p className="muted"><FormattedMessage id="waitlist.salonEmpty" /></p>}
      <ol className="stack">
        {entries.map((e) => (
          <li key={e.id} data-waitlist-entry={e.id}>
            <strong dir="auto">{e.customerName}</strong> · <span dir="auto">{e.service.name}</span>
            {e.staff && <> · <span dir="auto">{e.staff.displayName}</span></>}
            <br />
            {describeWanted(intl, e)}
            {e.offer && (
              <>
                <br />
                <FormattedMessage id="waitlist.salonOffered" values={{ time: formatTime(intl, e.offer.startsAt, timeZone), until: formatTime(intl, e.offer.expiresAt, timeZone) }} />
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default WaitlistOfferPage;
