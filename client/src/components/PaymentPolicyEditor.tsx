import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatPrice, westernDigits } from '../lib/format';
import { useToast } from '../ui/Toast';
import { Button } from '../ui/Button';

export const SalonPaymentPolicyQuery = graphql(`
  query SalonPaymentPolicy($id: ID!) {
    salon(id: $id) {
      id
      paymentPolicy { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }
      services {
        id name priceHalalas
        paymentPolicyOverride { prepayment deposit { percent halalas } noShowFee { percent halalas } noShowGraceMinutes lateCancelFee { percent halalas } lateCancelWindowHours }
        paymentTerms { prepayment onlineDueHalalas guarantee }
      }
    }
  }
`);

const RemoveServicePolicyMutation = graphql(`
  mutation RemoveServicePaymentPolicy($input: RemoveServicePaymentPolicyInput!) {
    removeServicePaymentPolicy(input: $input) { service { id } errors { message } }
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
// Typed in either digit system; what is not a number is sent as -1, which the server refuses naming the field.
const typed = (value: string) => { const n = Number(westernDigits(value)); return Number.isFinite(n) && value.trim() !== '' ? n : -1; };
const toRule = (f: RuleForm): Rule | null => (f.kind === 'none' ? null : f.kind === 'percent' ? { percent: typed(f.value) } : { halalas: Math.round(typed(f.value) * 100) });

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

type Policy = { prepayment: string; deposit: Rule; noShowFee: Rule; noShowGraceMinutes: number; lateCancelFee: Rule; lateCancelWindowHours: number };

/**
 * The manager's payment policy for the salon: prepayment (none, deposit, full) and the no-show and late-cancellation
 * fees; then each service's own policy where it differs (set, or cleared to follow the salon's again), with what
 * booking it costs online now.
 */
export function PaymentPolicyEditor({ salonId }: { salonId: string }) {
  const intl = useIntl();
  const toast = useToast();
  const { data } = useQuery(SalonPaymentPolicyQuery, { variables: { id: salonId } });
  const policy = data?.salon?.paymentPolicy;
  if (!policy) return null;
  return (
    <>
      <PolicyForm key={salonId} salonId={salonId} idPrefix="policy" policy={policy} onSaved={() => toast(intl.formatMessage({ id: 'manage.saved' }))} />
      <ServicePolicies salonId={salonId} salonPolicy={policy} services={data.salon!.services} />
    </>
  );
}

type ServiceRow = { id: string; name: string; priceHalalas: number; paymentPolicyOverride?: Policy | null; paymentTerms: { prepayment: string; onlineDueHalalas: number; guarantee: boolean } };

function ServicePolicies({ salonId, salonPolicy, services }: { salonId: string; salonPolicy: Policy; services: ServiceRow[] }) {
  const intl = useIntl();
  const toast = useToast();
  const [chosen, setChosen] = useState('');
  const [clear] = useMutation(RemoveServicePolicyMutation, { refetchQueries: [SalonPaymentPolicyQuery] });
  const [message, setMessage] = useState<string | null>(null);
  const service = services.find((s) => s.id === chosen);
  const follow = async (s: ServiceRow) => {
    const { data } = await clear({ variables: { input: { serviceId: s.id } } });
    const error = data?.removeServicePaymentPolicy.errors[0]?.message ?? null;
    setMessage(error);
    if (!error) toast(intl.formatMessage({ id: 'policy.service.cleared' }, { name: s.name }));
  };
  return (
    <section className="card stack" aria-labelledby={`svc-policy-title-${salonId}`} data-service-policies>
      <h2 id={`svc-policy-title-${salonId}`}><FormattedMessage id="policy.service.title" /></h2>
      <p className="muted"><FormattedMessage id="policy.service.hint" /></p>
      <ul className="plain stack">
        {services.map((s) => (
          <li key={s.id} className="stack" aria-label={s.name} data-service-policy={s.id}>
            <span>
              <bdi>{s.name}</bdi> · <span className="badge"><FormattedMessage id={s.paymentPolicyOverride ? 'policy.service.own' : 'policy.service.salons'} /></span>
            </span>
            <span className="muted" data-online-due>
              {s.paymentTerms.onlineDueHalalas > 0 && !s.paymentTerms.guarantee
                ? <FormattedMessage id="policy.service.online" values={{ kind: intl.formatMessage({ id: `policy.prepayment.${s.paymentTerms.prepayment}` }), amount: formatPrice(intl, s.paymentTerms.onlineDueHalalas) }} />
                : <FormattedMessage id="policy.service.nothingOnline" />}
            </span>
            <span className="actions">
              <Button type="button" variant="secondary" aria-pressed={chosen === s.id} onClick={() => setChosen(chosen === s.id ? '' : s.id)}>
                <FormattedMessage id="policy.service.edit" values={{ name: s.name }} />
              </Button>
              {s.paymentPolicyOverride && (
                <Button type="button" variant="secondary" onClick={() => void follow(s)}>
                  <FormattedMessage id="policy.service.clear" values={{ name: s.name }} />
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {message && <p role="alert" className="error">{message}</p>}
      {service && (
        <PolicyForm
          // A fresh form per service, starting from its own policy or, for a new override, the salon's.
          key={`${service.id}:${service.paymentPolicyOverride ? 'own' : 'salon'}`}
          salonId={salonId}
          serviceId={service.id}
          title={intl.formatMessage({ id: 'policy.service.formTitle' }, { name: service.name })}
          idPrefix={`svc-policy-${service.id}`}
          policy={service.paymentPolicyOverride ?? salonPolicy}
          onSaved={() => toast(intl.formatMessage({ id: 'policy.service.saved' }, { name: service.name }))}
        />
      )}
    </section>
  );
}

function PolicyForm({ salonId, serviceId, title, idPrefix, policy, onSaved }: { salonId: string; serviceId?: string; title?: string; idPrefix: string; policy: Policy; onSaved: () => void }) {
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
      salonId, serviceId, prepayment: prepayment as never, deposit: prepayment === 'DEPOSIT' ? toRule(deposit) : null, noShowFee: toRule(noShow), lateCancelFee: toRule(late),
      noShowGraceMinutes: typed(grace), lateCancelWindowHours: typed(lateWindow),
    } } });
    const error = data?.setPaymentPolicy.errors[0]?.message ?? null;
    setMessage(error);
    if (!error) onSaved();
  };

  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form className="card stack" aria-labelledby={id('title')} onSubmit={(e) => { e.preventDefault(); void submit(); }} {...(serviceId ? { 'data-service-policy-form': serviceId } : { 'data-policy': '' })}>
      {serviceId ? <h3 id={id('title')}>{title}</h3> : <h2 id={id('title')}><FormattedMessage id="policy.title" /></h2>}
      <label htmlFor={id('prepayment')}><FormattedMessage id="policy.prepayment" /></label>
      <select id={id('prepayment')} value={prepayment} onChange={(e) => setPrepayment(e.target.value)}>
        {['NONE', 'DEPOSIT', 'FULL'].map((p) => <option key={p} value={p}>{intl.formatMessage({ id: `policy.prepayment.${p}` })}</option>)}
      </select>
      {prepayment === 'DEPOSIT' && <RuleField id={id('deposit')} label={intl.formatMessage({ id: 'policy.deposit' })} value={deposit} onChange={setDeposit} />}
      <RuleField id={id('no-show')} label={intl.formatMessage({ id: 'policy.noShowFee' })} value={noShow} onChange={setNoShow} />
      <label htmlFor={id('grace')}><FormattedMessage id="policy.grace" /></label>
      <input id={id('grace')} dir="ltr" inputMode="numeric" value={grace} onChange={(e) => setGrace(e.target.value)} />
      <RuleField id={id('late')} label={intl.formatMessage({ id: 'policy.lateCancelFee' })} value={late} onChange={setLate} />
      <label htmlFor={id('window')}><FormattedMessage id="policy.window" /></label>
      <input id={id('window')} dir="ltr" inputMode="numeric" value={lateWindow} onChange={(e) => setLateWindow(e.target.value)} />
      <p className="muted"><FormattedMessage id="policy.note" /></p>
      <Button type="submit" disabled={saving.loading}><FormattedMessage id={serviceId ? 'policy.service.save' : 'policy.save'} /></Button>
      {message && <p role="alert" className="error">{message}</p>}
    </form>
  );
}
