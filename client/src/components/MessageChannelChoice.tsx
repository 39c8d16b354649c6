import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';

const ChannelQuery = graphql(`
  query MyMessageChannel { me { id preferredChannel } }
`);
const SetChannelMutation = graphql(`
  mutation SetMyMessageChannel($channel: MessageChannel!) {
    updateProfile(input: { preferredChannel: $channel }) { user { id preferredChannel } errors { message } }
  }
`);

const CHANNELS = ['WHATSAPP', 'SMS'] as const;

/**
 * How booking messages reach the person: WhatsApp or SMS, saved as soon as it is picked. Booking messages cannot be
 * turned off (marketing can, in the data section below); SMS stands in when WhatsApp fails.
 */
export function MessageChannelChoice() {
  const intl = useIntl();
  const query = useQuery(ChannelQuery);
  const [save, saving] = useMutation(SetChannelMutation);
  const [error, setError] = useState<string | null>(null);
  // Nobody chose yet: SMS is what the platform sends by default.
  const current = query.data?.me?.preferredChannel ?? 'SMS';
  const choose = async (channel: (typeof CHANNELS)[number]) => {
    const { data } = await save({ variables: { channel } });
    setError(data?.updateProfile.errors[0]?.message ?? null);
  };
  return (
    <fieldset className="stack" aria-describedby="channel-hint" disabled={saving.loading || query.loading}>
      <legend>
        <FormattedMessage id="channel.title" />
      </legend>
      <p id="channel-hint" className="muted">
        <FormattedMessage id="channel.hint" />
      </p>
      <div className="choices">
        {CHANNELS.map((channel) => (
          <label key={channel} className="choice">
            <input type="radio" name="message-channel" value={channel} checked={current === channel} onChange={() => void choose(channel)} />
            {intl.formatMessage({ id: `channel.${channel}` })}
          </label>
        ))}
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </fieldset>
  );
}
