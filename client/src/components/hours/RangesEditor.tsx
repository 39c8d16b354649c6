import { FormattedMessage, useIntl } from 'react-intl';
import { formatDigits } from '../../lib/format';
import { Button } from '../../ui/Button';

export interface Range {
  startTime: string;
  endTime: string;
}

const STEP = 15;
const TIMES = Array.from({ length: (24 * 60) / STEP }, (_, i) => `${String(Math.floor((i * STEP) / 60)).padStart(2, '0')}:${String((i * STEP) % 60).padStart(2, '0')}`);

/** A range whose end is not after its start runs past midnight: the salon's night (20:00–03:00). */
export const crossesMidnight = (r: Range) => r.endTime !== '24:00' && r.endTime <= r.startTime;

/**
 * A time picker on the booking grid (every 15 minutes), written in the page's digits; a time already saved off the
 * grid stays selectable. The end may be midnight (24:00).
 */
function TimeSelect({ id, label, value, withMidnight, onChange }: { id: string; label: string; value: string; withMidnight?: boolean; onChange: (value: string) => void }) {
  const intl = useIntl();
  const options = [...new Set([...TIMES, ...(withMidnight ? ['24:00'] : []), value])].sort();
  return (
    <select id={id} aria-label={label} dir="ltr" value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((t) => (
        <option key={t} value={t}>{t === '24:00' ? intl.formatMessage({ id: 'hours.midnight' }) : formatDigits(intl, t)}</option>
      ))}
    </select>
  );
}

/** The ranges of one day: pick a start and an end, add a range (a break is the gap between two), remove one. */
export function RangesEditor({ idPrefix, dayLabel, ranges, onChange }: { idPrefix: string; dayLabel: string; ranges: Range[]; onChange: (ranges: Range[]) => void }) {
  const intl = useIntl();
  const set = (i: number, change: Partial<Range>) => onChange(ranges.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const add = () => {
    const last = ranges.at(-1);
    // A new range starts an hour after the last one ends, or at a usual opening time.
    const start = last && last.endTime < '23:00' && !crossesMidnight(last) ? `${String(Number(last.endTime.slice(0, 2)) + 1).padStart(2, '0')}:00` : '09:00';
    onChange([...ranges, { startTime: start, endTime: start < '20:00' ? `${String(Number(start.slice(0, 2)) + 4).padStart(2, '0')}:00` : '24:00' }]);
  };
  return (
    <div className="stack">
      {ranges.length === 0 && <p className="muted"><FormattedMessage id="hours.closed" /></p>}
      {ranges.map((r, i) => {
        const n = intl.formatNumber(i + 1);
        return (
          <div key={i} className="hours-range">
            <TimeSelect id={`${idPrefix}-${i}-start`} label={intl.formatMessage({ id: 'hours.rangeStart' }, { day: dayLabel, n })} value={r.startTime} onChange={(startTime) => set(i, { startTime })} />
            <span aria-hidden="true">–</span>
            <TimeSelect id={`${idPrefix}-${i}-end`} label={intl.formatMessage({ id: 'hours.rangeEnd' }, { day: dayLabel, n })} value={r.endTime} withMidnight onChange={(endTime) => set(i, { endTime })} />
            {crossesMidnight(r) && <span className="badge"><FormattedMessage id="hours.nextDay" /></span>}
            <Button variant="link" aria-label={intl.formatMessage({ id: 'hours.removeRange' }, { day: dayLabel, n })} onClick={() => onChange(ranges.filter((_, j) => j !== i))}>
              <FormattedMessage id="timeOff.remove" />
            </Button>
          </div>
        );
      })}
      <Button variant="secondary" onClick={add} aria-label={intl.formatMessage({ id: 'hours.addRangeTo' }, { day: dayLabel })}>
        <FormattedMessage id="hours.addRange" />
      </Button>
    </div>
  );
}
