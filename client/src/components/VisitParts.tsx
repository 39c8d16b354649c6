import { FormattedMessage, useIntl } from 'react-intl';
import { formatDigits, formatPrice, formatTime } from '../lib/format';
import { Button } from '../ui/Button';

export interface VisitPart {
  serviceId: string;
  /** Empty for anyone. */
  staffId: string;
}

export const MAX_VISIT_PARTS = 5;

/** The parts as the API takes them: an empty stylist is anyone. */
export const visitPartsInput = (parts: VisitPart[]) => parts.map((p) => ({ serviceId: p.serviceId, staffId: p.staffId || null }));

/** The visit's one price: the sum of its services. */
export const visitTotal = (parts: VisitPart[], services: { id: string; priceHalalas: number }[]) =>
  parts.reduce((sum, p) => sum + (services.find((s) => s.id === p.serviceId)?.priceHalalas ?? 0), 0);

/**
 * The services of a visit in order, each with a stylist who offers it or anyone, a part removed or one added: the
 * customer's visit and the front desk's share it. `id` keeps two editors' fields apart.
 */
export function VisitPartsEditor({ id, parts, onChange, services, staff }: {
  id: string;
  parts: VisitPart[];
  onChange: (next: VisitPart[]) => void;
  services: { id: string; name: string; priceHalalas: number }[];
  staff: { id: string; displayName: string; services: { id: string }[] }[];
}) {
  const intl = useIntl();
  const ready = parts.length > 0 && parts.every((p) => p.serviceId);
  const n = (i: number) => formatDigits(intl, String(i + 1));
  return (
    <>
      <ol className="plain stack">
        {parts.map((part, i) => (
          <li key={i} className="stack" data-visit-part={i}>
            <label htmlFor={`${id}-service-${i}`}>
              <FormattedMessage id="visit.service" values={{ n: n(i) }} />
            </label>
            <select id={`${id}-service-${i}`} value={part.serviceId} onChange={(e) => onChange(parts.map((p, j) => (j === i ? { serviceId: e.target.value, staffId: '' } : p)))}>
              <option value="">{intl.formatMessage({ id: 'visit.chooseService' })}</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} · {formatPrice(intl, s.priceHalalas)}
                </option>
              ))}
            </select>
            {part.serviceId && (
              <>
                <label htmlFor={`${id}-staff-${i}`}>
                  <FormattedMessage id="visit.staff" values={{ n: n(i) }} />
                </label>
                <select id={`${id}-staff-${i}`} value={part.staffId} onChange={(e) => onChange(parts.map((p, j) => (j === i ? { ...p, staffId: e.target.value } : p)))}>
                  <option value="">{intl.formatMessage({ id: 'book.anyone' })}</option>
                  {staff.filter((m) => m.services.some((s) => s.id === part.serviceId)).map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.displayName}
                    </option>
                  ))}
                </select>
              </>
            )}
            {parts.length > 1 && (
              <Button type="button" variant="secondary" onClick={() => onChange(parts.filter((_, j) => j !== i))}>
                <FormattedMessage id="visit.remove" values={{ n: n(i) }} />
              </Button>
            )}
          </li>
        ))}
      </ol>
      {parts.length < MAX_VISIT_PARTS && (
        <Button type="button" variant="secondary" disabled={!ready} onClick={() => onChange([...parts, { serviceId: '', staffId: '' }])}>
          <FormattedMessage id="visit.add" />
        </Button>
      )}
    </>
  );
}

/** The starts where the whole visit fits on a day, one to pick. */
export function VisitStartChoices({ starts, loading, chosen, onChoose, timeZone }: {
  starts: { startsAt: string }[] | undefined;
  loading: boolean;
  chosen: string | null;
  onChoose: (startsAt: string) => void;
  timeZone: string;
}) {
  const intl = useIntl();
  return (
    <fieldset>
      <legend>
        <FormattedMessage id="visit.pickTime" />
      </legend>
      {loading && <p className="muted"><FormattedMessage id="book.loadingTimes" /></p>}
      {starts?.length === 0 && <p className="muted"><FormattedMessage id="visit.noTimes" /></p>}
      <div className="choices">
        {(starts ?? []).map((v) => (
          <button key={v.startsAt} type="button" className={`slot${chosen === v.startsAt ? ' selected' : ''}`} aria-pressed={chosen === v.startsAt} onClick={() => onChoose(v.startsAt)}>
            {formatTime(intl, v.startsAt, timeZone)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
