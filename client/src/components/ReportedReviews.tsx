import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from './StatusMessage';
import { Button } from '../ui/Button';

export const ReportedReviewsQuery = graphql(`
  query ReportedReviews { reportedReviews(first: 50) { edges { node { id rating comment reportedAt reportReason salon { id name } customer { displayName } } } } }
`);
const HideMutation = graphql(`
  mutation HideReview($input: HideReviewInput!) { hideReview(input: $input) { review { id hiddenAt } errors { message field } } }
`);
const DismissMutation = graphql(`
  mutation DismissReviewReport($input: DismissReviewReportInput!) { dismissReviewReport(input: $input) { review { id reportDismissedAt } errors { message } } }
`);

/** The administrators' queue of reviews reported by salons: hide one with a reason, or leave it up. */
export function ReportedReviews() {
  const intl = useIntl();
  const queue = useQuery(ReportedReviewsQuery, { fetchPolicy: 'cache-and-network' });
  const [hide] = useMutation(HideMutation);
  const [dismiss] = useMutation(DismissMutation);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const after = async (errors: { message: string }[] | undefined) => {
    setMessage(errors?.[0]?.message ?? null);
    await queue.refetch();
  };
  const reviews = queue.data?.reportedReviews.edges.map((e) => e.node) ?? [];
  return (
    <section className="stack" aria-labelledby="moderation-title">
      <h2 id="moderation-title">
        <FormattedMessage id="moderation.title" values={{ count: reviews.length }} />
      </h2>
      {message && <p role="alert" className="error">{message}</p>}
      {queue.data && reviews.length === 0 && <StatusMessage kind="empty" messageId="moderation.none" />}
      <ul className="plain stack">
        {reviews.map((r) => (
          <li key={r.id} className="card stack" aria-label={intl.formatMessage({ id: 'moderation.reviewOf' }, { salon: r.salon.name })}>
            <strong><bdi>{r.salon.name}</bdi></strong>
            <p>
              <span aria-label={intl.formatMessage({ id: 'salon.rating' }, { rating: r.rating, max: 5 })}>{'★'.repeat(r.rating)}</span> <bdi>{r.customer.displayName}</bdi>
            </p>
            <p dir="auto" data-user-text>{r.comment}</p>
            <p className="muted">
              <FormattedMessage id="moderation.reported" values={{ reason: <bdi key="r">{r.reportReason}</bdi> }} />
            </p>
            <label htmlFor={`hide-${r.id}`}>
              <FormattedMessage id="moderation.hideReason" />
            </label>
            <input id={`hide-${r.id}`} dir="auto" value={reasons[r.id] ?? ''} onChange={(e) => setReasons((x) => ({ ...x, [r.id]: e.target.value }))} />
            <div className="row">
              <Button type="button" variant="danger" disabled={!reasons[r.id]?.trim()}
                onClick={() => void hide({ variables: { input: { reviewId: r.id, reason: reasons[r.id].trim() } } }).then((res) => after(res.data?.hideReview.errors))}>
                <FormattedMessage id="moderation.hide" />
              </Button>
              <Button type="button" variant="secondary" onClick={() => void dismiss({ variables: { input: { reviewId: r.id } } }).then((res) => after(res.data?.dismissReviewReport.errors))}>
                <FormattedMessage id="moderation.dismiss" />
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
