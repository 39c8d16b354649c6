import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { saveSession } from '../auth';
import { Button } from '../ui/Button';

const ConsentQuery = graphql(`
  query MyMarketingConsent { me { id marketingConsent { granted source recordedAt } } }
`);
const SetConsentMutation = graphql(`
  mutation SetMyMarketingConsent($granted: Boolean!) {
    setMarketingConsent(input: { granted: $granted }) { consent { granted source recordedAt } errors { message } }
  }
`);
const ExportQuery = graphql(`
  query MyDataExport { myDataExport { generatedAt fileName json } }
`);
const RequestDeletionCodeMutation = graphql(`
  mutation RequestMyDeletionCode { requestAccountDeletionCode(input: {}) { requestId errors { code message } } }
`);
const DeleteMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted cancelledBookings errors { code message field } } }
`);

const SECTIONS = ['bookings', 'payments', 'invoices', 'reviews', 'messages', 'sessions', 'consents', 'accessLog'] as const;

/** The person's rights over their data (PDPL): download it, choose about marketing, delete the account. */
export function MyData() {
  const intl = useIntl();
  const client = useApolloClient();
  const navigate = useNavigate();
  const consent = useQuery(ConsentQuery);
  const [setConsent, settingConsent] = useMutation(SetConsentMutation);
  const [summary, setSummary] = useState<Record<string, number> | null>(null);
  const [exporting, setExporting] = useState(false);
  const [requestCode] = useMutation(RequestDeletionCodeMutation);
  const [deleteAccount, deleting] = useMutation(DeleteMutation);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The box follows the tap at once; the server's answer confirms it (one tap grants, one withdraws).
  const [chosen, setChosen] = useState<boolean | null>(null);
  const granted = chosen ?? consent.data?.me?.marketingConsent.granted ?? false;
  const choose = async (value: boolean) => {
    setChosen(value);
    const { data } = await setConsent({ variables: { granted: value } });
    setError(data?.setMarketingConsent.errors[0]?.message ?? null);
  };

  const download = async () => {
    setExporting(true);
    try {
      const { data } = await client.query({ query: ExportQuery, fetchPolicy: 'no-cache' });
      if (!data) return;
      const { fileName, json } = data.myDataExport;
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      URL.revokeObjectURL(url);
      const parsed = JSON.parse(json) as Record<string, unknown>;
      setSummary(Object.fromEntries(SECTIONS.map((s) => [s, Array.isArray(parsed[s]) ? (parsed[s] as unknown[]).length : 0])));
    } finally {
      setExporting(false);
    }
  };
  const askCode = async () => {
    const { data } = await requestCode();
    const result = data?.requestAccountDeletionCode;
    setError(result?.errors[0]?.message ?? null);
    if (result?.requestId) setRequestId(result.requestId);
  };
  const confirmDeletion = async () => {
    const { data } = await deleteAccount({ variables: { input: { requestId: requestId!, code } } });
    const result = data?.deleteMyAccount;
    if (!result?.deleted) return setError(result?.errors[0]?.message ?? null);
    saveSession(null);
    await client.clearStore();
    navigate('/', { state: { accountDeleted: true } });
  };

  return (
    <section className="stack" aria-labelledby="my-data-title">
      <h2 id="my-data-title"><FormattedMessage id="privacy.title" /></h2>
      <label className="checkbox">
        <input type="checkbox" checked={granted} disabled={consent.loading} aria-busy={settingConsent.loading} onChange={(e) => void choose(e.target.checked)} />
        <FormattedMessage id="privacy.marketing" />
      </label>
      <p className="muted"><FormattedMessage id="privacy.serviceMessages" /></p>

      <Button type="button" onClick={() => void download()} disabled={exporting}>
        <FormattedMessage id="privacy.export" />
      </Button>
      {summary && (
        <dl className="summary" aria-label={intl.formatMessage({ id: 'privacy.summary' })}>
          {SECTIONS.map((s) => (
            <div key={s}>
              <dt><FormattedMessage id={`privacy.section.${s}`} /></dt>
              <dd><FormattedMessage id="privacy.count" values={{ count: summary[s] }} /></dd>
            </div>
          ))}
        </dl>
      )}

      <h3><FormattedMessage id="privacy.deleteTitle" /></h3>
      <p className="muted"><FormattedMessage id="privacy.deleteExplain" /></p>
      {!requestId ? (
        <Button type="button" variant="danger" onClick={() => void askCode()}>
          <FormattedMessage id="privacy.deleteStart" />
        </Button>
      ) : (
        <>
          <label htmlFor="deletion-code"><FormattedMessage id="privacy.code" /></label>
          <input id="deletion-code" inputMode="numeric" autoComplete="one-time-code" dir="ltr" value={code} onChange={(e) => setCode(e.target.value)} />
          <Button type="button" variant="danger" disabled={deleting.loading || !code} onClick={() => void confirmDeletion()}>
            <FormattedMessage id="privacy.deleteConfirm" />
          </Button>
        </>
      )}
      {error && <p role="alert" className="error" dir="auto">{error}</p>}
    </section>
  );
}
