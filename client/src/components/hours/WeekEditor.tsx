import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { RangesEditor, type Range } from './RangesEditor';

/** Saturday first, as the Saudi week runs. */
export const WEEKDAYS = ['SATURDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export interface WeekRange extends Range {
  weekday: Weekday;
}
export interface SaveError {
  message: string;
  field?: string[] | null;
}

type Week = Record<Weekday, Range[]>;
const byDay = (hours: WeekRange[]): Week => Object.fromEntries(WEEKDAYS.map((d) => [d, hours.filter((h) => h.weekday === d).map(({ startTime, endTime }) => ({ startTime, endTime }))])) as Week;

/**
 * A week of working or opening ranges: per day, time pickers, add or remove a range, copy the day to other days.
 * The whole week is saved at once; the server names the range at fault, which is shown under its day.
 */
export function WeekEditor({ idPrefix, title, hours, saving, onSave }: { idPrefix: string; title: string; hours: WeekRange[]; saving: boolean; onSave: (hours: WeekRange[]) => Promise<SaveError | null> }) {
  const intl = useIntl();
  const [week, setWeek] = useState<Week>(() => byDay(hours));
  const [copying, setCopying] = useState<Weekday | null>(null);
  const [targets, setTargets] = useState<Weekday[]>([]);
  const [error, setError] = useState<{ message: string; day: Weekday | null } | null>(null);
  useEffect(() => setWeek(byDay(hours)), [hours]);

  const flat = (w: Week): WeekRange[] => WEEKDAYS.flatMap((weekday) => w[weekday].map((r) => ({ weekday, ...r })));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = flat(week);
    const failed = await onSave(sent);
    // ["input", "hours", "3", …] names the fourth range sent.
    const index = failed?.field?.[2] != null ? Number(failed.field[2]) : NaN;
    setError(failed ? { message: failed.message, day: Number.isInteger(index) ? sent[index]?.weekday ?? null : null } : null);
  };
  const applyCopy = () => {
    if (!copying) return;
    setWeek((w) => ({ ...w, ...Object.fromEntries(targets.map((d) => [d, w[copying].map((r) => ({ ...r }))])) }));
    setCopying(null);
    setTargets([]);
  };

  return (
    <form className="stack" onSubmit={submit} aria-label={title}>
      {WEEKDAYS.map((day) => {
        const dayLabel = intl.formatMessage({ id: `weekday.${day}` });
        return (
          <fieldset key={day} className="hours-day" aria-invalid={error?.day === day ? true : undefined}>
            <legend>{dayLabel}</legend>
            <RangesEditor idPrefix={`${idPrefix}-${day}`} dayLabel={dayLabel} ranges={week[day]} onChange={(ranges) => setWeek((w) => ({ ...w, [day]: ranges }))} />
            {error?.day === day && <p className="field-error" role="alert">{error.message}</p>}
            {copying === day ? (
              <div className="stack" role="group" aria-label={intl.formatMessage({ id: 'hours.copyTo' }, { day: dayLabel })}>
                <div className="hours-copy">
                  {WEEKDAYS.filter((d) => d !== day).map((d) => (
                    <label key={d} className="choice">
                      <input type="checkbox" checked={targets.includes(d)} onChange={(e) => setTargets((t) => (e.target.checked ? [...t, d] : t.filter((x) => x !== d)))} />
                      <FormattedMessage id={`weekday.${d}`} />
                    </label>
                  ))}
                </div>
                <Button variant="secondary" onClick={() => setTargets(WEEKDAYS.filter((d) => d !== day))}><FormattedMessage id="hours.everyDay" /></Button>
                <Button onClick={applyCopy} disabled={targets.length === 0}><FormattedMessage id="hours.applyCopy" /></Button>
              </div>
            ) : (
              <Button variant="link" onClick={() => { setCopying(day); setTargets([]); }}><FormattedMessage id="hours.copy" values={{ day: dayLabel }} /></Button>
            )}
          </fieldset>
        );
      })}
      <Button type="submit" disabled={saving}><FormattedMessage id="hours.save" /></Button>
      {error && !error.day && <p role="alert" className="error">{error.message}</p>}
    </form>
  );
}
