import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatDateTime, zonedLocalToInstant } from '../lib/format';
import { useToast } from '../ui/Toast';
import { Button } from '../ui/Button';

export const TimeOffQuery = graphql(`
  query StaffTimeOff($id: ID!) { staffMember(id: $id) { id timeOff { id startsAt endsAt reason } } }
`);
const AddTimeOff = graphql(`
  mutation AddTimeOff($input: AddTimeOffInput!) { addTimeOff(input: $input) { timeOff { id } errors { message field } } }
`);
const RemoveTimeOff = graphql(`
  mutation RemoveTimeOff($input: RemoveTimeOffInput!) { removeTimeOff(input: $input) { removedTimeOffId errors { message } } }
`);

/** A stylist's upcoming absences: the stylist and their managers add and remove them. */
export function TimeOffEditor({ staffMemberId, timeZone }: { staffMemberId: string; timeZone: string }) {
  const intl = useIntl();
  const { data, refetch } = useQuery(TimeOffQuery, { variables: { id: staffMemberId } });
  const [add] = useMutation(AddTimeOff);
  const [remove] = useMutation(RemoveTimeOff);
  const [form, setForm] = useState({ startsAt: '', endsAt: '', reason: '' });
  const [message, setMessage] = useState<string | null>(null);
  const toast = useToast();
  // datetime-local values are the salon's wall-clock time.
  const toInstant = (local: string) => zonedLocalToInstant(local, timeZone);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = toInstant(form.startsAt);
    const endsAt = toInstant(form.endsAt);
    const taken = (data?.staffMember?.timeOff ?? []).some((t) => new Date(t.startsAt) < new Date(endsAt) && new Date(startsAt) < new Date(t.endsAt));
    if (taken) {
      setMessage(intl.formatMessage({ id: 'timeOff.overlaps' }));
      return;
    }
    const { data: result } = await add({ variables: { input: { staffMemberId, startsAt, endsAt, reason: form.reason } } });
    const error = result?.addTimeOff.errors[0]?.message ?? null;
    setMessage(error);
    if (!error) {
      setForm({ startsAt: '', endsAt: '', reason: '' });
      toast(intl.formatMessage({ id: 'manage.saved' }));
    }
    void refetch();
  };
  return (
    <section className="card stack" aria-labelledby={`timeoff-${staffMemberId}`}>
      <h2 id={`timeoff-${staffMemberId}`}>
        <FormattedMessage id="timeOff.title" />
      </h2>
      <ul className="plain">
        {data?.staffMember?.timeOff.map((t) => (
          <li key={t.id} className="row">
            <span>
              {formatDateTime(intl, t.startsAt, timeZone)} – {formatDateTime(intl, t.endsAt, timeZone)} <bdi dir="auto" data-user-text>{t.reason}</bdi>
            </span>
            <Button type="button" variant="link" onClick={() => void remove({ variables: { input: { timeOffId: t.id } } }).then(() => refetch())}>
              <FormattedMessage id="timeOff.remove" />
            </Button>
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={submit}>
        <label htmlFor={`to-start-${staffMemberId}`}>
          <FormattedMessage id="timeOff.from" />
        </label>
        <input id={`to-start-${staffMemberId}`} type="datetime-local" required value={form.startsAt} onChange={(e) => setForm((f) => ({ ...f, startsAt: e.target.value }))} />
        <label htmlFor={`to-end-${staffMemberId}`}>
          <FormattedMessage id="timeOff.to" />
        </label>
        <input id={`to-end-${staffMemberId}`} type="datetime-local" required value={form.endsAt} onChange={(e) => setForm((f) => ({ ...f, endsAt: e.target.value }))} />
        <label htmlFor={`to-reason-${staffMemberId}`}>
          <FormattedMessage id="timeOff.reason" />
        </label>
        <input id={`to-reason-${staffMemberId}`} value={form.reason} onChange={(e) => setForm((f) => ({ ...f, reason: e.target.value }))} />
        <Button type="submit" variant="secondary">
          <FormattedMessage id="timeOff.add" />
        </Button>
      </form>
      {message && <p role="alert" className="error">{message}</p>}
    </section>
  );
}
