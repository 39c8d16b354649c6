import { useMutation } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';

const ConsentMutation = graphql(`
  mutation SetStylistPhotoConsent($input: SetStylistPhotoConsentInput!) { setStylistPhotoConsent(input: $input) { consent { granted recordedAt } errors { message } } }
`);

/** The stylist's own choice about photos of them; withdrawing deletes those photos at every salon (docs/media.md). */
export function PhotoConsent({ granted, onChanged }: { granted: boolean; onChanged: () => void }) {
  const [setConsent, { loading }] = useMutation(ConsentMutation);
  return (
    <label className="choice">
      <input type="checkbox" checked={granted} disabled={loading}
        onChange={(e) => void setConsent({ variables: { input: { granted: e.target.checked } } }).then(onChanged)} />
      <FormattedMessage id="photos.consent" />
    </label>
  );
}
