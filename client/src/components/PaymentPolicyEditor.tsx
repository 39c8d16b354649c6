import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { useToast } from '../ui/Toast';

export const SalonPaymentPolicyQuery = graphql(`
  query SalonPaymentPolicy($id: ID!) {
    salon(id: $id) { id paymentPolicy { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours } }
  }
`);

export const SetPaymentPolicyMutation = graphql(`
  mutation SetPaymentPolicy($input: SetPaymentPolicyInput!) {
    setPaymentPolicy(input: $input) { policy { prepayment } errors { code message field } }
  }
`);

type Rule = { percent?: number | null; halalas?: number | null };
/** A rule as the form edits it: a kind and a number typed in percent or in riyals. */
type RuleForm = { kind: 'none' | 'percent' | 'sar'; value: string };

const toForm = (r: Rule): RuleForm => (r.percent != null ? { kind: 'percent', value: String(r.percent) } : r.halalas != null ? { kind: 'sar', value: String(r.halalas / 100) } : { kind: 'none', value: '' });
const toRule = (f: RuleForm): Rule | null => (f.kind === 'none' ? null : f.kind === 'percent' ? { percent: Number(f.value) } : { halalas: Math.round(Number(f.value) * 100) });

function RuleField({ id, label, value, onChange }: { id: string; label: string; value: RuleForm; onChange: (v: RuleForm) => void }) {
  const intl = useIntl();
  return (
    <fieldset>
      <legend>{label}</legend>
      <div className="actions">
        <select id={`${id}-kind`} aria-label={intl.formatMessage({ id: 'policy.kind' })} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value as RuleForm['kind'] })}>
          {(['none', 'percent', 'sar'] as const).map((k) => (
            <option key={k} value={k}>{intl.formatMessage({ id: `policy.kind.${k}` })}</option>
          ))}
        </select>
        {value.kind !== 'none' && (
          <input id={`${id}-value`} aria-label={label} dir="ltr" inputMode="decimal" required value={value.value} onChange={(e) => onChange({ ...value, value: e.target.value })} />
        )}
      </div>
    </fieldset>
  );
}

/** The manager's payment policy for the salon: prepayment (none, deposit, full) and the no-show and late-cancellation fees. */
export function PaymentPolicyEditor({ salonId }: { salonId: string }) {
  const intl = useIntl();
  const toast = useToast();
  const { data } = useQuery(SalonPaymentPolicyQuery, { variables: { id: salonId } });
  const policy = data?.salon?.paymentPolicy;
  if (!policy) return null;
  return <PolicyForm key={salonId} salonId={salonId} policy={policy} onSaved={() => toast(intl.formatMessage({ id: 'manage.saved' }))} />;
}

function PolicyForm({ salonId, policy, onSaved }: { salonId: string; policy: { prepayment: string; deposit: Rule; noShowFee: Rule; noShowGraceMinutes: number; lateCancelFee: Rule; lateCancelWindowHours: number }; onSaved: () => void }) {
  const intl = useIntl();
  const [save, saving] = useMutation(SetPaymentPolicyMutation, { refetchQueries: [SalonPaymentPolicyQuery] });
  const [message, setMessage] = useState<string | null>(null);
  const [prepayment, setPrepayment] = useState(policy.prepayment);
  const [deposit, setDeposit] = useState(toForm(policy.deposit));
  const [noShow, setNoShow] = useState(toForm(policy.noShowFee));
  const [late, setLate] = useState(toForm(policy.lateCancelFee));
  const [grace, setGrace] = useState(String(policy.noShowGraceMinutes));
  const [lateWindow, setLateWindow] = useState(String(policy.lateCancelWindowHours));

  const submit = async () => {
    const { data } = await save({ variables: { input: {
      salonId, prepayment: prepayment as never, deposit: prepayment === 'DEPOSIT' ? toRule(deposit) : null, noShowFee: toRule(noShow), lateCancelFee: toRule(late),
      noShowGraceMinutes: Number(grace), lateCancelWindowHours: Number(lateWindow),
    } } });
    const error = data?.setPaymentPolicy.errors[0]?.message ?? null;
    setMessage(error);
    if (!error) onSaved();
  };

  return (
    <form className="card stack" aria-labelledby="policy-title" onSubmit={(e) => { e.preventDefault(); void submit(); }} data-policy>
      <h2 id="policy-title"><FormattedMessage id="policy.title" /></h2>
      <label htmlFor="policy-prepayment"><FormattedMessage id="policy.prepayment" /></label>
      <select id="policy-prepayment" value={prepayment} onChange={(e) => setPrepayment(e.target.value)}>
        {['NONE', 'DEPOSIT', 'FULL'].map((p) => <option key={p} value={p}>{intl.formatMessage({ id: `policy.prepayment.${p}` })}</option>)}
      </select>
      {prepayment === 'DEPOSIT' && <RuleField id="policy-deposit" label={intl.formatMessage({ id: 'policy.deposit' })} value={deposit} onChange={setDeposit} />}
      <RuleField id="policy-no-show" label={intl.formatMessage({ id: 'policy.noShowFee' })} value={noShow} onChange={setNoShow} />
      <label htmlFor="policy-grace"><FormattedMessage id="policy.grace" /></label>
      <input id="policy-grace" dir="ltr" inputMode="numeric" value={grace} onChange={(e) => setGrace(e.target.value)} />
      <RuleField id="policy-late" label={intl.formatMessage({ id: 'policy.lateCancelFee' })} value={late} onChange={setLate} />
      <label htmlFor="policy-window"><FormattedMessage id="policy.window" /></label>
      <input id="policy-window" dir="ltr" inputMode="numeric" value={lateWindow} onChange={(e) => setLateWindow(e.target.value)} />
      <p className="muted"><FormattedMessage id="policy.note" /></p>
      <button type="submit" className="button" disabled={saving.loading}><FormattedMessage id="policy.save" /></button>
      {message && <p role="alert" className="error">{message}</p>}
    </form>
  );
}
