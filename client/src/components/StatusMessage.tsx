import { FormattedMessage } from 'react-intl';
import { Button } from '../ui/Button';

interface Props {
  kind: 'loading' | 'empty' | 'error';
  messageId: string;
  onRetry?: () => void;
}

/** The loading, empty and error states every page shows in the same way. */
export function StatusMessage({ kind, messageId, onRetry }: Props) {
  return (
    <div className={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={kind === 'loading'}>
      <p>
        <FormattedMessage id={messageId} />
      </p>
      {onRetry && (
        <Button type="button" variant="secondary" onClick={onRetry}>
          <FormattedMessage id="home.retry" />
        </Button>
      )}
    </div>
  );
}
