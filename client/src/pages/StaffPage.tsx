import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from '../components/StatusMessage';
import { SalonCalendar } from '../components/SalonCalendar';
import { TimeOffEditor } from '../components/TimeOffEditor';

export const MyStaffProfilesQuery = graphql(`
  query MyStaffProfiles { myStaffProfiles { id displayName salon { id name timeZone } } }
`);

/** A stylist's own calendar at each salon they work at. */
export default function StaffPage() {
  const { data, loading, error, refetch } = useQuery(MyStaffProfilesQuery);
  if (loading && !data) return <StatusMessage kind="loading" messageId="staff.loading" />;
  if (error && !data) return <StatusMessage kind="error" messageId="staff.error" onRetry={() => void refetch()} />;
  if (!data?.myStaffProfiles.length) return <StatusMessage kind="empty" messageId="staff.none" />;
  return (
    <section className="stack">
      <h1>
        <FormattedMessage id="staff.title" />
      </h1>
      {data.myStaffProfiles.map((p) => (
        <div key={p.id}>
          <h2>{p.salon.name}</h2>
          <SalonCalendar salonId={p.salon.id} timeZone={p.salon.timeZone} staffId={p.id} />
          <TimeOffEditor staffMemberId={p.id} timeZone={p.salon.timeZone} />
        </div>
      ))}
    </section>
  );
}
