import { FormattedMessage } from 'react-intl';

/** Grey placeholders in the shape of what is loading, so the page does not jump when it arrives. */
export function SkeletonCards({ messageId, count = 6 }: { messageId: string; count?: number }) {
  return (
    <div role="status" aria-busy="true">
      <span className="visually-hidden">
        <FormattedMessage id={messageId} />
      </span>
      <ul className="card-grid" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="card skeleton-card">
            <div className="skeleton skeleton-photo" />
            <div className="skeleton skeleton-line" />
            <div className="skeleton skeleton-line short" />
          </li>
        ))}
      </ul>
    </div>
  );
}
