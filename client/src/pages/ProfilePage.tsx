import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from '../components/StatusMessage';
import { useLocale } from '../i18n/locale';
import { useSession } from '../lib/session';
import { formatDigits } from '../lib/format';
import { useToast } from '../ui/Toast';
import { MyData } from '../components/MyData';
import { MessageChannelChoice } from '../components/MessageChannelChoice';
import { Button } from '../ui/Button';

export const UpdateProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { user { id firstName lastName email preferredLanguage } errors { code message field } }
  }
`);

/** Names, email and language; the language is saved to the account and switches the app. */
export function ProfilePage() {
  const intl = useIntl();
  const { me } = useSession();
  const { setLocale } = useLocale();
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', preferredLanguage: 'AR' });
  const [message, setMessage] = useState<string | null>(null);
  const toast = useToast();
  const [update, updating] = useMutation(UpdateProfileMutation);
  useEffect(() => {
    if (me) setForm({ firstName: me.firstName, lastName: me.lastName, email: me.email ?? '', preferredLanguage: me.preferredLanguage });
  }, [me]);
  if (!me) return <StatusMessage kind="loading" messageId="common.loading" />;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await update({ variables: { input: form as never } });
    const errors = data?.updateProfile.errors ?? [];
    setMessage(errors[0]?.message ?? null);
    if (!errors.length) toast(intl.formatMessage({ id: 'manage.saved' }));
    if (!errors.length) setLocale(form.preferredLanguage === 'EN' ? 'en' : 'ar-SA');
  };
  const input = (name: 'firstName' | 'lastName' | 'email', id: string, type = 'text') => (
    <>
      <label htmlFor={`profile-${name}`}>
        <FormattedMessage id={id} />
      </label>
      <input id={`profile-${name}`} type={type} value={form[name]} onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))} />
    </>
  );
  return (
    <div className="narrow stack">
      <form className="stack" onSubmit={save} aria-labelledby="profile-title">
        <h1 id="profile-title">
          <FormattedMessage id="profile.title" />
        </h1>
        <p className="muted" dir="ltr">
          {formatDigits(intl, me.phoneNumber)}
        </p>
        {input('firstName', 'profile.firstName')}
        {input('lastName', 'profile.lastName')}
        {input('email', 'profile.email', 'email')}
        <label htmlFor="profile-language">
          <FormattedMessage id="profile.language" />
        </label>
        <select id="profile-language" value={form.preferredLanguage} onChange={(e) => setForm((f) => ({ ...f, preferredLanguage: e.target.value }))}>
          <option value="AR">{intl.formatMessage({ id: 'profile.arabic' })}</option>
          <option value="EN" lang="en">{intl.formatMessage({ id: 'profile.english' })}</option>
        </select>
        <Button type="submit" disabled={updating.loading}>
          <FormattedMessage id="manage.save" />
        </Button>
        {message && <p role="alert" className="error">{message}</p>}
        <Link to="/apply" className="button link">
          <FormattedMessage id="apply.link" />
        </Link>
      </form>
      <MessageChannelChoice />
      <MyData />
    </div>
  );
}
