import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from '../components/StatusMessage';
import { SalonCalendar } from '../components/SalonCalendar';
import { TimeOffEditor } from '../components/TimeOffEditor';
import { PhotoConsent } from '../components/PhotoConsent';

// The salon's waitlist for its front desk (managers and receptionists): the waitlist's own chunk.
const SalonWaitlistPanel = lazy(() => import('../components/Waitlist').then((m) => ({ default: m.SalonWaitlistPanel })));

export const MyWorkplacesQuery = graphql(`
  query MyWorkplaces { myWorkplaces { roles salon { id name timeZone } staffMember { id photoConsent } } }
`);

/**
 * The calendar of each salon the person works at: the whole salon for its managers and receptionists (bookings,
 * calendar, customers, counter payments; refunds, settings and the team stay on the managers' page), their own
 * column for a stylist.
 */
export default function StaffPage() {
  const { data, loading, error, refetch } = useQuery(MyWorkplacesQuery);
  if (loading && !data) return <StatusMessage kind="loading" messageId="staff.loading" />;
  if (error && !data) return <StatusMessage kind="error" messageId="staff.error" onRetry={() => void refetch()} />;
  if (!data?.myWorkplaces.length) return <StatusMessage kind="empty" messageId="staff.none" />;
  const stylist = data.myWorkplaces.find((w) => w.staffMember)?.staffMember;
  return (
    <section className="stack">
      <h1>
        <FormattedMessage id="staff.title" />
      </h1>
      {stylist && <PhotoConsent granted={stylist.photoConsent} onChanged={() => void refetch()} />}
      {data.myWorkplaces.map((w) => {
        const wholeSalon = w.roles.some((r) => r === 'MANAGER' || r === 'RECEPTIONIST');
        return (
          <div key={w.salon.id} className="stack">
            <h2>
              <bdi>{w.salon.name}</bdi>{' '}
              {w.roles.map((r) => (
                <span key={r} className="badge">
                  <FormattedMessage id={`role.${r}`} />
                </span>
              ))}
            </h2>
            <SalonCalendar salonId={w.salon.id} timeZone={w.salon.timeZone} staffId={wholeSalon ? undefined : (w.staffMember?.id ?? undefined)} manages={w.roles.includes('MANAGER')} />
            {wholeSalon && (
              <Suspense fallback={null}>
                <SalonWaitlistPanel salonId={w.salon.id} timeZone={w.salon.timeZone} />
              </Suspense>
            )}
            {w.staffMember && <TimeOffEditor staffMemberId={w.staffMember.id} timeZone={w.salon.timeZone} />}
          </div>
        );
      })}
    </section>
  );
}
