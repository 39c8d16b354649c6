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
  // The choice follows the tap at once; the server's answer confirms it. Nobody chose yet: SMS, the default.
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen ?? query.data?.me?.preferredChannel ?? 'SMS';
  const choose = async (channel: (typeof CHANNELS)[number]) => {
    setChosen(channel);
    const { data } = await save({ variables: { channel } });
    setError(data?.updateProfile.errors[0]?.message ?? null);
  };
  return (
    <fieldset className="stack" aria-describedby="channel-hint" aria-busy={saving.loading} disabled={query.loading}>
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
