import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { useToast } from '../ui/Toast';

export const WeeklyHoursQuery = graphql(`
  query StaffWeeklyHours($id: ID!) { staffMember(id: $id) { id weeklyHours { weekday startTime endTime } } }
`);
const SetHours = graphql(`
  mutation SetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { staffMember { id } errors { message field } } }
`);

const WEEKDAYS = ['SATURDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;

/** One line per weekday, "10:00-13:00, 16:00-22:00": the whole week is replaced at once; overlaps are refused. */
export function WeeklyHoursEditor({ staffMemberId }: { staffMemberId: string }) {
  const intl = useIntl();
  const { data } = useQuery(WeeklyHoursQuery, { variables: { id: staffMemberId } });
  const [save, saving] = useMutation(SetHours);
  const [lines, setLines] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const toast = useToast();
  useEffect(() => {
    const hours = data?.staffMember?.weeklyHours ?? [];
    setLines(Object.fromEntries(WEEKDAYS.map((d) => [d, hours.filter((h) => h.weekday === d).map((h) => `${h.startTime}-${h.endTime}`).join(', ')])));
  }, [data]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const hours = WEEKDAYS.flatMap((weekday) =>
      westernDigits(lines[weekday] ?? '').split(/[,،]/).map((r) => r.trim()).filter(Boolean).map((r) => {
        const [startTime, endTime] = r.split('-').map((t) => t.trim());
        return { weekday, startTime, endTime: endTime ?? '' };
      }),
    );
    const { data: result } = await save({ variables: { input: { staffMemberId, hours } } });
    const error = result?.setWeeklyHours.errors[0]?.message ?? null;
    setMessage(error);
    if (!error) toast(intl.formatMessage({ id: 'manage.saved' }));
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={intl.formatMessage({ id: 'hours.title' })}>
      <p className="muted"><FormattedMessage id="hours.help" /></p>
      {WEEKDAYS.map((d) => (
        <div key={d}>
          <label htmlFor={`hours-${staffMemberId}-${d}`}><FormattedMessage id={`weekday.${d}`} /></label>
          <input id={`hours-${staffMemberId}-${d}`} dir="ltr" value={lines[d] ?? ''} onChange={(e) => setLines((l) => ({ ...l, [d]: e.target.value }))} />
        </div>
      ))}
      <button type="submit" className="button secondary" disabled={saving.loading}><FormattedMessage id="hours.save" /></button>
      {message && <p role="alert" className="error">{message}</p>}
    </form>
  );
}

/** Managers type hours as the Arabic hint shows them (١٠:٠٠، …); the API takes Western digits and commas. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}
