import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from '../components/StatusMessage';
import { ReportedReviews } from '../components/ReportedReviews';
import { Button } from '../ui/Button';

export const ApplicationQueueQuery = graphql(`
  query ApplicationQueue {
    salonApplications(status: PENDING, first: 50) {
      edges { node { id nameAr nameEn city district latitude longitude commercialRegistrationNumber vatNumber clientele createdAt applicant { id displayName } } }
    }
  }
`);
export const PlatformSalonsQuery = graphql(`
  query PlatformSalons { platformSalons(first: 100) { edges { node { id name isActive suspendedAt suspensionReason } } } }
`);
const ApproveMutation = graphql(`
  mutation ApproveApplication($input: ApproveSalonApplicationInput!) { approveSalonApplication(input: $input) { application { id status } errors { message } } }
`);
const RejectMutation = graphql(`
  mutation RejectApplication($input: RejectSalonApplicationInput!) { rejectSalonApplication(input: $input) { application { id status } errors { message field } } }
`);
const SuspendMutation = graphql(`
  mutation SuspendSalon($input: SuspendSalonInput!) { suspendSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message field } } }
`);
const ReinstateMutation = graphql(`
  mutation ReinstateSalon($input: ReinstateSalonInput!) { reinstateSalon(input: $input) { salon { id isActive suspendedAt suspensionReason } errors { message } } }
`);

/** The platform administrators' console: the queue of applications to list a salon, and suspending salons. */
export default function AdminPage() {
  const intl = useIntl();
  const queue = useQuery(ApplicationQueueQuery, { fetchPolicy: 'cache-and-network' });
  const salons = useQuery(PlatformSalonsQuery, { fetchPolicy: 'cache-and-network' });
  const [approve] = useMutation(ApproveMutation);
  const [reject] = useMutation(RejectMutation);
  const [suspend] = useMutation(SuspendMutation);
  const [reinstate] = useMutation(ReinstateMutation);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const reasonOf = (id: string) => reasons[id]?.trim() ?? '';
  const after = async (errors: { message: string }[] | undefined) => {
    setMessage(errors?.[0]?.message ?? null);
    await Promise.all([queue.refetch(), salons.refetch()]);
  };
  if (queue.loading && !queue.data) return <StatusMessage kind="loading" messageId="common.loading" />;
  const applications = queue.data?.salonApplications.edges.map((e) => e.node) ?? [];
  return (
    <section className="stack">
      <h1>
        <FormattedMessage id="admin.title" />
      </h1>
      {message && <p role="alert" className="error">{message}</p>}
      <h2>
        <FormattedMessage id="admin.applications" values={{ count: applications.length }} />
      </h2>
      {applications.length === 0 && <StatusMessage kind="empty" messageId="admin.noApplications" />}
      <ul className="plain stack">
        {applications.map((a) => (
          <li key={a.id} className="card stack" aria-label={a.nameEn}>
            <strong><bdi>{a.nameAr}</bdi> · <bdi>{a.nameEn}</bdi></strong>
            <p>
              <FormattedMessage id={`city.${a.city}`} /> · <bdi>{a.district}</bdi> · <FormattedMessage id={`apply.clientele.${a.clientele}`} /> · <bdi dir="ltr">{a.latitude}, {a.longitude}</bdi>
            </p>
            <p>
              <FormattedMessage id="apply.field.commercialRegistrationNumber" />: <bdi dir="ltr">{a.commercialRegistrationNumber}</bdi> · <FormattedMessage id="apply.field.vatNumber" />: <bdi dir="ltr">{a.vatNumber}</bdi>
            </p>
            <p>
              <FormattedMessage id="admin.applicant" values={{ name: <bdi>{a.applicant.displayName}</bdi> }} />
            </p>
            <div className="row">
              <Button type="button" onClick={() => void approve({ variables: { input: { applicationId: a.id } } }).then((r) => after(r.data?.approveSalonApplication.errors))}>
                <FormattedMessage id="admin.approve" />
              </Button>
            </div>
            <label htmlFor={`reject-${a.id}`}>
              <FormattedMessage id="admin.rejectReason" />
            </label>
            <input id={`reject-${a.id}`} dir="auto" value={reasons[a.id] ?? ''} onChange={(e) => setReasons((r) => ({ ...r, [a.id]: e.target.value }))} />
            <Button type="button" variant="secondary" disabled={!reasonOf(a.id)} onClick={() => void reject({ variables: { input: { applicationId: a.id, reason: reasonOf(a.id) } } }).then((r) => after(r.data?.rejectSalonApplication.errors))}>
              <FormattedMessage id="admin.reject" />
            </Button>
          </li>
        ))}
      </ul>
      <ReportedReviews />
      <h2>
        <FormattedMessage id="admin.salons" />
      </h2>
      <ul className="plain stack">
        {salons.data?.platformSalons.edges.map(({ node: s }) => (
          <li key={s.id} className="card stack" aria-label={s.name}>
            <strong><bdi>{s.name}</bdi></strong>
            {s.suspendedAt ? (
              <>
                <p>
                  <span className="badge"><FormattedMessage id="admin.suspended" /></span> <bdi>{s.suspensionReason}</bdi>
                </p>
                <Button type="button" variant="secondary" onClick={() => void reinstate({ variables: { input: { salonId: s.id } } }).then((r) => after(r.data?.reinstateSalon.errors))}>
                  <FormattedMessage id="admin.reinstate" />
                </Button>
              </>
            ) : (
              <>
                <label htmlFor={`suspend-${s.id}`}>
                  <FormattedMessage id="admin.suspendReason" />
                </label>
                <input id={`suspend-${s.id}`} dir="auto" value={reasons[s.id] ?? ''} onChange={(e) => setReasons((r) => ({ ...r, [s.id]: e.target.value }))} />
                <Button type="button" variant="danger" disabled={!reasonOf(s.id)} onClick={() => void suspend({ variables: { input: { salonId: s.id, reason: reasonOf(s.id) } } }).then((r) => after(r.data?.suspendSalon.errors))}>
                  <FormattedMessage id="admin.suspend" values={{ name: intl.formatMessage({ id: 'admin.thisSalon' }) }} />
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
