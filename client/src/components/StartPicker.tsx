import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDay, formatTime } from '../lib/format';
import { ConfirmButton } from '../ui/ConfirmDialog';

/**
 * Days, then the starts offered on the chosen day, then a confirmation: the picker for moving a booking or a whole
 * visit. The caller asks the server which days and starts are open and does the move.
 */
export function StartPicker({ dates, open, date, onDate, starts, timeZone, title, saving, message, onMove }: {
  dates: string[];
  open: Set<string>;
  date: string | null;
  onDate: (date: string) => void;
  /** Starts on the chosen day (undefined while loading). */
  starts: string[] | undefined;
  timeZone: string;
  title: ReactNode;
  saving: boolean;
  message: string | null;
  onMove: (startsAt: string) => Promise<void>;
}) {
  const intl = useIntl();
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <div className="stack" data-start-picker>
      <div className="calendar" role="group" aria-label={intl.formatMessage({ id: 'book.pickDay' })}>
        {dates.map((d) => (
          <button key={d} type="button" className={`day${date === d ? ' selected' : ''}`} disabled={!open.has(d)} aria-pressed={date === d} onClick={() => { onDate(d); setPicked(null); }}>
            {intl.formatDate(new Date(`${d}T12:00:00Z`), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })}
          </button>
        ))}
      </div>
      {date && starts?.length === 0 && <p className="muted"><FormattedMessage id="book.noTimes" /></p>}
      <div className="choices">
        {starts?.map((s) => (
          <button key={s} type="button" className={`slot${picked === s ? ' selected' : ''}`} aria-pressed={picked === s} onClick={() => setPicked(s)}>
            {formatTime(intl, s, timeZone)}
          </button>
        ))}
      </div>
      {picked && date && (
        <ConfirmButton
          variant="primary"
          label={<FormattedMessage id="bookings.moveTo" values={{ time: formatTime(intl, picked, timeZone) }} />}
          title={title}
          body={`${formatDay(intl, date)} · ${formatTime(intl, picked, timeZone)}`}
          confirmLabel={<FormattedMessage id="bookings.moveConfirm" />}
          disabled={saving}
          onConfirm={() => onMove(picked)}
        />
      )}
      {message && <p role="alert" className="error">{message}</p>}
    </div>
  );
}
