import { FormattedMessage } from 'react-intl';
import { ExceptionsEditor } from './ExceptionsEditor';
import { OpeningHoursEditor } from './OpeningHoursEditor';

/** The salon's opening week and its exceptions (Ramadan, Eid, special days), on the manager's page. */
export function SalonHours({ salonId, timeZone }: { salonId: string; timeZone: string }) {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(new Date()));
  return (
    <section className="card stack" aria-labelledby={`opening-title-${salonId}`}>
      <h2 id={`opening-title-${salonId}`}><FormattedMessage id="opening.title" /></h2>
      <p className="muted"><FormattedMessage id="opening.help" /></p>
      <OpeningHoursEditor salonId={salonId} />
      <h2><FormattedMessage id="exceptions.title" /></h2>
      <p className="muted"><FormattedMessage id="exceptions.help" /></p>
      <ExceptionsEditor salonId={salonId} year={year} />
    </section>
  );
}
