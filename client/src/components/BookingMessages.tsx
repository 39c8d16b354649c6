import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatDateTime } from '../lib/format';
import { StatusMessage } from './StatusMessage';

const BookingMessagesQuery = graphql(`
  query BookingMessages($id: ID!) {
    booking(id: $id) { id notifications { id event recipient channel status deliveryStatus deliveryStatusAt isFallback dueAt sentAt } }
  }
`);

/**
 * The salon's history of the messages about one booking: what, to whom, on which channel, and how far it got
 * (WhatsApp's own report when there is one). Loaded only when the desk opens it.
 */
export default function BookingMessages({ bookingId, timeZone }: { bookingId: string; timeZone: string }) {
  const intl = useIntl();
  const { data, loading, error } = useQuery(BookingMessagesQuery, { variables: { id: bookingId }, fetchPolicy: 'network-only' });
  if (loading) return <StatusMessage kind="loading" messageId="common.loading" />;
  if (error || !data?.booking) return <StatusMessage kind="error" messageId="channel.historyError" />;
  const messages = data.booking.notifications;
  return (
    <section className="stack" aria-labelledby={`messages-${bookingId}`}>
      <h3 id={`messages-${bookingId}`}>
        <FormattedMessage id="channel.history" />
      </h3>
      {messages.length === 0 ? (
        <p className="muted"><FormattedMessage id="channel.historyEmpty" /></p>
      ) : (
        <ul className="stack" data-testid="booking-messages">
          {messages.map((m) => (
            <li key={m.id} data-channel={m.channel} data-status={m.deliveryStatus ?? m.status}>
              <strong>{intl.formatMessage({ id: `channel.event.${m.event}` })}</strong>
              {' · '}
              {intl.formatMessage({ id: `channel.to.${m.recipient}` })}
              {' · '}
              {intl.formatMessage({ id: `channel.${m.channel}` })}
              {m.isFallback && <> {intl.formatMessage({ id: 'channel.fallback' })}</>}
              {' · '}
              <span className="muted">
                {intl.formatMessage({ id: m.deliveryStatus ? `channel.delivery.${m.deliveryStatus}` : `channel.status.${m.status}` })}
                {' '}
                {formatDateTime(intl, m.deliveryStatusAt ?? m.sentAt ?? m.dueAt, timeZone)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
