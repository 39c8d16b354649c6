import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../../gql';
import { formatDay, formatDigits } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toast';
import { RangesEditor, type Range } from './RangesEditor';

export const ExceptionsQuery = graphql(`
  query SalonScheduleExceptions($id: ID!, $year: Int!, $nextYear: Int!) {
    salon(id: $id) {
      id
      thisYear: scheduleExceptions(year: $year) { id name startDate endDate calendar ranges { startTime endTime } }
      nextYear: scheduleExceptions(year: $nextYear) { id name startDate endDate calendar ranges { startTime endTime } }
    }
  }
`);
const AddException = graphql(`mutation AddScheduleException($input: AddScheduleExceptionInput!) { addScheduleException(input: $input) { exception { id } errors { message field } } }`);
const UpdateException = graphql(`mutation UpdateScheduleException($input: UpdateScheduleExceptionInput!) { updateScheduleException(input: $input) { exception { id } errors { message field } } }`);
const RemoveException = graphql(`mutation RemoveScheduleException($input: RemoveScheduleExceptionInput!) { removeScheduleException(input: $input) { removedExceptionId errors { message } } }`);
const CopyExceptions = graphql(`mutation CopyScheduleExceptions($input: CopyScheduleExceptionsInput!) { copyScheduleExceptions(input: $input) { exceptions { id } errors { message } } }`);

type Calendar = 'HIJRI' | 'GREGORIAN';
interface Draft {
  id: string | null;
  name: string;
  startDate: string;
  endDate: string;
  calendar: Calendar;
  closed: boolean;
  ranges: Range[];
}

/** Starting points for what Saudi salons change: Ramadan nights, the Eid closures, one special day. */
const PRESETS = {
  ramadan: { calendar: 'HIJRI', closed: false, ranges: [{ startTime: '20:00', endTime: '03:00' }] },
  eid: { calendar: 'HIJRI', closed: true, ranges: [] },
  special: { calendar: 'GREGORIAN', closed: false, ranges: [{ startTime: '10:00', endTime: '22:00' }] },
} as const;

const EMPTY: Draft = { id: null, name: '', startDate: '', endDate: '', calendar: 'HIJRI', closed: true, ranges: [] };

/**
 * Dates with other hours (Ramadan), closed dates (Eid) and special days, each named. Last year's can be copied to
 * this year's dates (Ramadan and the Eids by the Hijri calendar), then adjusted.
 */
export function ExceptionsEditor({ salonId, year }: { salonId: string; year: number }) {
  const intl = useIntl();
  const toast = useToast();
  const { data, refetch } = useQuery(ExceptionsQuery, { variables: { id: salonId, year, nextYear: year + 1 } });
  const [add, adding] = useMutation(AddException);
  const [update, updating] = useMutation(UpdateException);
  const [remove] = useMutation(RemoveException);
  const [copy, copying] = useMutation(CopyExceptions);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);

  const seen = new Set<string>();
  const exceptions = [...(data?.salon?.thisYear ?? []), ...(data?.salon?.nextYear ?? [])].filter((e) => !seen.has(e.id) && seen.add(e.id));
  const hoursText = (ranges: Range[]) =>
    ranges.length === 0 ? intl.formatMessage({ id: 'exceptions.closed' }) : ranges.map((r) => formatDigits(intl, `${r.startTime}–${r.endTime}`)).join(intl.formatMessage({ id: 'exceptions.and' }));
  const fieldError = (name: string) => (error?.field === name ? error.message : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { name: draft.name, startDate: draft.startDate, endDate: draft.endDate, calendar: draft.calendar, ranges: draft.closed ? [] : draft.ranges };
    const errors = draft.id
      ? (await update({ variables: { input: { exceptionId: draft.id, ...fields } } })).data?.updateScheduleException.errors
      : (await add({ variables: { input: { salonId, ...fields } } })).data?.addScheduleException.errors;
    const first = errors?.[0];
    setError(first ? { message: first.message, field: first.field?.[1] ?? null } : null);
    if (first) return;
    toast(intl.formatMessage({ id: 'manage.saved' }));
    setDraft(EMPTY);
    void refetch();
  };
  const copyLastYear = async () => {
    const { data: result } = await copy({ variables: { input: { salonId, fromYear: year } } });
    const failed = result?.copyScheduleExceptions.errors[0];
    toast(failed ? failed.message : intl.formatMessage({ id: 'exceptions.copied' }, { count: result?.copyScheduleExceptions.exceptions.length ?? 0, year: formatDigits(intl, String(year + 1)) }));
    void refetch();
  };

  return (
    <div className="stack">
      <ul className="plain">
        {exceptions.length === 0 && <li className="muted"><FormattedMessage id="exceptions.none" /></li>}
        {exceptions.map((e) => (
          <li key={e.id} className="row" data-exception={e.id}>
            <span>
              <strong dir="auto" data-user-text>{e.name}</strong> · {formatDay(intl, e.startDate)} – {formatDay(intl, e.endDate)} · <bdi dir="ltr">{hoursText(e.ranges)}</bdi>
            </span>
            <span>
              <Button variant="link" aria-label={intl.formatMessage({ id: 'exceptions.editNamed' }, { name: e.name })}
                onClick={() => setDraft({ id: e.id, name: e.name, startDate: e.startDate, endDate: e.endDate, calendar: e.calendar as Calendar, closed: e.ranges.length === 0, ranges: e.ranges.map(({ startTime, endTime }) => ({ startTime, endTime })) })}>
                <FormattedMessage id="exceptions.edit" />
              </Button>
              <Button variant="link" aria-label={intl.formatMessage({ id: 'exceptions.removeNamed' }, { name: e.name })}
                onClick={() => void remove({ variables: { input: { exceptionId: e.id } } }).then(() => refetch())}>
                <FormattedMessage id="timeOff.remove" />
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <Button variant="secondary" disabled={copying.loading} onClick={() => void copyLastYear()}>
        <FormattedMessage id="exceptions.copyYear" values={{ from: formatDigits(intl, String(year)), to: formatDigits(intl, String(year + 1)) }} />
      </Button>

      <form className="stack card" onSubmit={submit} aria-label={intl.formatMessage({ id: draft.id ? 'exceptions.editTitle' : 'exceptions.addTitle' })}>
        <h3><FormattedMessage id={draft.id ? 'exceptions.editTitle' : 'exceptions.addTitle'} /></h3>
        {!draft.id && (
          <div className="hours-copy" role="group" aria-label={intl.formatMessage({ id: 'exceptions.presets' })}>
            {(Object.keys(PRESETS) as (keyof typeof PRESETS)[]).map((key) => (
              <Button key={key} variant="secondary" onClick={() => setDraft((d) => ({ ...d, ...PRESETS[key], ranges: PRESETS[key].ranges.map((r) => ({ ...r })), name: intl.formatMessage({ id: `exceptions.preset.${key}` }) }))}>
                <FormattedMessage id={`exceptions.preset.${key}`} />
              </Button>
            ))}
          </div>
        )}
        <Field id={`ex-name-${salonId}`} label={<FormattedMessage id="exceptions.name" />} dir="auto" required value={draft.name} error={fieldError('name')} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />
        <Field id={`ex-start-${salonId}`} label={<FormattedMessage id="timeOff.from" />} type="date" required value={draft.startDate} error={fieldError('startDate')} onChange={(e) => setDraft((d) => ({ ...d, startDate: e.target.value, endDate: d.endDate || e.target.value }))} />
        <Field id={`ex-end-${salonId}`} label={<FormattedMessage id="timeOff.to" />} type="date" required value={draft.endDate} error={fieldError('endDate')} onChange={(e) => setDraft((d) => ({ ...d, endDate: e.target.value }))} />
        <label className="choice">
          <input type="checkbox" checked={draft.closed} onChange={(e) => setDraft((d) => ({ ...d, closed: e.target.checked, ranges: !e.target.checked && d.ranges.length === 0 ? [{ startTime: '20:00', endTime: '03:00' }] : d.ranges }))} />
          <FormattedMessage id="exceptions.closedAllDay" />
        </label>
        {!draft.closed && (
          <fieldset className="hours-day">
            <legend><FormattedMessage id="exceptions.dailyHours" /></legend>
            <RangesEditor idPrefix={`ex-ranges-${salonId}`} dayLabel={draft.name || intl.formatMessage({ id: 'exceptions.dailyHours' })} ranges={draft.ranges} onChange={(ranges) => setDraft((d) => ({ ...d, ranges }))} />
            {fieldError('ranges') && <p className="field-error" role="alert">{fieldError('ranges')}</p>}
          </fieldset>
        )}
        <label htmlFor={`ex-cal-${salonId}`}><FormattedMessage id="exceptions.calendar" /></label>
        <select id={`ex-cal-${salonId}`} value={draft.calendar} onChange={(e) => setDraft((d) => ({ ...d, calendar: e.target.value as Calendar }))}>
          <option value="HIJRI">{intl.formatMessage({ id: 'exceptions.calendar.HIJRI' })}</option>
          <option value="GREGORIAN">{intl.formatMessage({ id: 'exceptions.calendar.GREGORIAN' })}</option>
        </select>
        <Button type="submit" disabled={adding.loading || updating.loading}><FormattedMessage id={draft.id ? 'exceptions.update' : 'exceptions.add'} /></Button>
        {draft.id && <Button variant="link" onClick={() => { setDraft(EMPTY); setError(null); }}><FormattedMessage id="exceptions.cancelEdit" /></Button>}
        {error && !['name', 'startDate', 'endDate', 'ranges'].includes(error.field ?? '') && <p role="alert" className="error">{error.message}</p>}
      </form>
    </div>
  );
}
