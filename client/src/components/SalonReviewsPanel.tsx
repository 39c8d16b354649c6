import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from './StatusMessage';
import { Button } from '../ui/Button';

export const ManagerReviewsQuery = graphql(`
  query ManagerReviews($id: ID!) {
    salon(id: $id) { id reviews(first: 20) { edges { node { id rating comment createdAt reportedAt customer { displayName } reply { text editedAt } } } } }
  }
`);
const ReplyMutation = graphql(`
  mutation ReplyToReview($input: ReplyToReviewInput!) { replyToReview(input: $input) { review { id reply { text createdAt editedAt } } errors { message field } } }
`);
const ReportMutation = graphql(`
  mutation ReportReview($input: ReportReviewInput!) { reportReview(input: $input) { review { id reportedAt reportReason } errors { message field } } }
`);

/** The salon's newest reviews for its managers: reply once (and edit the reply), or report an abusive one. */
export default function SalonReviewsPanel({ salonId }: { salonId: string }) {
  const intl = useIntl();
  const { data, refetch } = useQuery(ManagerReviewsQuery, { variables: { id: salonId }, fetchPolicy: 'cache-and-network' });
  const [reply] = useMutation(ReplyMutation);
  const [report] = useMutation(ReportMutation);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const after = async (errors: { message: string }[] | undefined) => {
    setMessage(errors?.[0]?.message ?? null);
    await refetch();
  };
  const reviews = data?.salon?.reviews.edges.map((e) => e.node) ?? [];
  return (
    <section className="stack" aria-labelledby={`reply-title-${salonId}`}>
      <h2 id={`reply-title-${salonId}`}>
        <FormattedMessage id="reply.title" />
      </h2>
      {message && <p role="alert" className="error">{message}</p>}
      {data && reviews.length === 0 && <StatusMessage kind="empty" messageId="salon.noReviews" />}
      <ul className="plain stack">
        {reviews.map((r) => {
          const draft = drafts[r.id] ?? r.reply?.text ?? '';
          return (
            <li key={r.id} className="card stack">
              <p>
                <span aria-label={intl.formatMessage({ id: 'salon.rating' }, { rating: r.rating, max: 5 })}>{'★'.repeat(r.rating)}</span> <bdi>{r.customer.displayName}</bdi>
              </p>
              <p dir="auto" data-user-text>{r.comment}</p>
              <label htmlFor={`reply-${r.id}`}>
                <FormattedMessage id={r.reply ? 'reply.editLabel' : 'reply.label'} />
              </label>
              <textarea id={`reply-${r.id}`} dir="auto" rows={2} maxLength={2000} value={draft} onChange={(e) => setDrafts((d) => ({ ...d, [r.id]: e.target.value }))} />
              <Button type="button" disabled={!draft.trim() || draft === r.reply?.text}
                onClick={() => void reply({ variables: { input: { reviewId: r.id, text: draft } } }).then((res) => after(res.data?.replyToReview.errors))}>
                <FormattedMessage id={r.reply ? 'reply.save' : 'reply.send'} />
              </Button>
              {r.reportedAt ? (
                <p className="muted"><FormattedMessage id="moderation.alreadyReported" /></p>
              ) : (
                <details>
                  <summary className="button secondary"><FormattedMessage id="moderation.report" /></summary>
                  <label htmlFor={`report-${r.id}`}>
                    <FormattedMessage id="moderation.reportReason" />
                  </label>
                  <input id={`report-${r.id}`} dir="auto" maxLength={500} value={reasons[r.id] ?? ''} onChange={(e) => setReasons((x) => ({ ...x, [r.id]: e.target.value }))} />
                  <Button type="button" variant="danger" disabled={!reasons[r.id]?.trim()}
                    onClick={() => void report({ variables: { input: { reviewId: r.id, reason: reasons[r.id].trim() } } }).then((res) => after(res.data?.reportReview.errors))}>
                    <FormattedMessage id="moderation.sendReport" />
                  </Button>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
