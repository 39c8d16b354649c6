import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatDateTime } from '../lib/format';
import { StatusMessage } from './StatusMessage';
import { Button } from '../ui/Button';

const SalonAuditLogQuery = graphql(`
  query SalonAuditLog($salonId: ID!, $after: String) {
    salonAuditLog(salonId: $salonId, first: 50, after: $after) {
      edges { node { id occurredAt action actorRole actor { id displayName } subject { id displayName } targetType ip userAgent } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The salon's audit log (managers): who read a customer's number, refunded money or changed a role, when and from where. */
export function AuditLogPanel({ salonId, timeZone }: { salonId: string; timeZone: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch, fetchMore } = useQuery(SalonAuditLogQuery, { variables: { salonId }, fetchPolicy: 'cache-and-network' });
  const log = data?.salonAuditLog;
  return (
    <section className="stack" aria-labelledby={`audit-${salonId}`}>
      <h2 id={`audit-${salonId}`}><FormattedMessage id="audit.title" /></h2>
      {loading && !log && <StatusMessage kind="loading" messageId="common.loading" />}
      {error && !log && <StatusMessage kind="error" messageId="audit.error" onRetry={() => void refetch()} />}
      {log && log.edges.length === 0 && <p className="muted"><FormattedMessage id="audit.empty" /></p>}
      {log && log.edges.length > 0 && (
        // A table wider than a phone scrolls sideways; keyboard users reach that scroll by focusing the region.
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`audit-${salonId}`}>
          <table>
            <thead>
              <tr>
                <th><FormattedMessage id="audit.when" /></th>
                <th><FormattedMessage id="audit.what" /></th>
                <th><FormattedMessage id="audit.who" /></th>
                <th><FormattedMessage id="audit.whose" /></th>
                <th><FormattedMessage id="audit.where" /></th>
              </tr>
            </thead>
            <tbody>
              {log.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{formatDateTime(intl, node.occurredAt, timeZone)}</td>
                  <td><FormattedMessage id={`audit.action.${node.action}`} /></td>
                  <td dir="auto">{node.actor?.displayName ?? intl.formatMessage({ id: 'audit.system' })}</td>
                  <td dir="auto">{node.subject?.displayName ?? ''}</td>
                  <td dir="ltr" lang="en" translate="no">{[node.ip, node.userAgent].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log?.pageInfo.hasNextPage && (
        <Button type="button" onClick={() => void fetchMore({ variables: { after: log.pageInfo.endCursor } })}>
          <FormattedMessage id="audit.more" />
        </Button>
      )}
    </section>
  );
}
