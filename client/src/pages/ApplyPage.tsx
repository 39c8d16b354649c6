import { westernDigits } from '../lib/format';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from '../components/StatusMessage';
import { Field } from '../ui/Field';
import { Button } from '../ui/Button';

export const MyApplicationsQuery = graphql(`
  query MyApplications { myApplications { id nameAr nameEn status rejectionReason salon { id } } }
`);
const ApplyMutation = graphql(`
  mutation ApplyToListSalon($input: ApplyToListSalonInput!) { applyToListSalon(input: $input) { application { id status } errors { message field } } }
`);

const CITIES = ['RIYADH', 'JEDDAH', 'DAMMAM', 'MAKKAH', 'MADINAH', 'KHOBAR'] as const;
const CLIENTELE = ['LADIES', 'GENTS', 'BOTH'] as const;
const TEXT_FIELDS = ['nameAr', 'nameEn', 'district', 'latitude', 'longitude', 'commercialRegistrationNumber', 'vatNumber'] as const;

/** Apply to list a salon; a platform administrator decides, and the applicant sees the decision here. */
export default function ApplyPage() {
  const intl = useIntl();
  const { data, loading, refetch } = useQuery(MyApplicationsQuery, { fetchPolicy: 'cache-and-network' });
  const [apply, applying] = useMutation(ApplyMutation);
  const [form, setForm] = useState<Record<(typeof TEXT_FIELDS)[number], string>>({ nameAr: '', nameEn: '', district: '', latitude: '', longitude: '', commercialRegistrationNumber: '', vatNumber: '' });
  const [city, setCity] = useState<(typeof CITIES)[number]>('RIYADH');
  const [clientele, setClientele] = useState<(typeof CLIENTELE)[number]>('BOTH');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    const input = { ...form, city, clientele, latitude: Number(westernDigits(form.latitude)), longitude: Number(westernDigits(form.longitude)) };
    const { data: sent } = await apply({ variables: { input } });
    const errs = sent?.applyToListSalon.errors ?? [];
    setErrors(Object.fromEntries(errs.map((e) => [e.field?.[1] ?? 'form', e.message])));
    if (!errs.length) void refetch();
  };
  if (loading && !data) return <StatusMessage kind="loading" messageId="common.loading" />;
  const pending = data?.myApplications.some((a) => a.status === 'PENDING');
  return (
    <section className="stack">
      <h1>
        <FormattedMessage id="apply.title" />
      </h1>
      {data?.myApplications.map((a) => (
        <div key={a.id} className="card" data-application={a.status}>
          <strong><bdi>{intl.locale.startsWith('ar') ? a.nameAr : a.nameEn}</bdi></strong> · <FormattedMessage id={`apply.status.${a.status}`} />
          {a.rejectionReason && (
            <p>
              <FormattedMessage id="apply.reason" /> <bdi>{a.rejectionReason}</bdi>
            </p>
          )}
        </div>
      ))}
      {!pending && (
        <form className="card stack" aria-label={intl.formatMessage({ id: 'apply.title' })} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <p className="muted">
            <FormattedMessage id="apply.intro" />
          </p>
          {TEXT_FIELDS.map((key) => (
            <Field
              key={key}
              id={`apply-${key}`}
              label={intl.formatMessage({ id: `apply.field.${key}` })}
              dir={key === 'nameAr' ? 'rtl' : key === 'nameEn' || key === 'district' ? 'auto' : 'ltr'}
              inputMode={['latitude', 'longitude'].includes(key) ? 'decimal' : ['commercialRegistrationNumber', 'vatNumber'].includes(key) ? 'numeric' : undefined}
              value={form[key]}
              error={errors[key]}
              onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
            />
          ))}
          <label htmlFor="apply-city">
            <FormattedMessage id="apply.field.city" />
          </label>
          <select id="apply-city" value={city} onChange={(e) => setCity(e.target.value as (typeof CITIES)[number])}>
            {CITIES.map((c) => (
              <option key={c} value={c}>{intl.formatMessage({ id: `city.${c}` })}</option>
            ))}
          </select>
          <fieldset>
            <legend>
              <FormattedMessage id="apply.field.clientele" />
            </legend>
            {CLIENTELE.map((c) => (
              <label key={c} className="choice">
                <input type="radio" name="clientele" value={c} checked={clientele === c} onChange={() => setClientele(c)} />
                <FormattedMessage id={`apply.clientele.${c}`} />
              </label>
            ))}
          </fieldset>
          <Button type="submit" disabled={applying.loading}>
            <FormattedMessage id="apply.submit" />
          </Button>
          {errors.form && <p role="alert" className="error">{errors.form}</p>}
        </form>
      )}
    </section>
  );
}
