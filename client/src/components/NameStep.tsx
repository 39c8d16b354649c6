import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { MeQuery } from '../lib/session';
import { Button } from '../ui/Button';

export const GiveNameMutation = graphql(`
  mutation GiveName($input: UpdateProfileInput!) {
    updateProfile(input: $input) { user { id firstName displayName needsName } errors { code message field } }
  }
`);

/**
 * Asked once, right after the first sign-in, in place of the page the person was going to: once saved, the
 * account no longer `needsName` and that page (a salon with its booking choice kept) shows again.
 */
export function NameStep() {
  const intl = useIntl();
  const [firstName, setFirstName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [save, saving] = useMutation(GiveNameMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      // Me is read again rather than trusted to merge: responses to trusted documents carry no __typename to merge by.
      const { data } = await save({ variables: { input: { firstName: firstName.trim() } }, refetchQueries: [MeQuery], awaitRefetchQueries: true });
      const errors = data?.updateProfile.errors ?? [];
      if (errors.length) setError(errors[0].message);
    } catch {
      setError(intl.formatMessage({ id: 'common.networkError' }));
    }
  };

  return (
    <section className="narrow" aria-labelledby="name-title">
      <h1 id="name-title">
        <FormattedMessage id="name.title" />
      </h1>
      <form onSubmit={submit} className="stack">
        <label htmlFor="first-name">
          <FormattedMessage id="name.firstName" />
        </label>
        <input id="first-name" name="firstName" autoComplete="given-name" dir="auto" required maxLength={150} value={firstName} onChange={(e) => setFirstName(e.target.value)} aria-describedby="name-help" />
        <p id="name-help" className="muted">
          <FormattedMessage id="name.help" />
        </p>
        <Button type="submit" disabled={saving.loading || !firstName.trim()}>
          <FormattedMessage id="name.continue" />
        </Button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
