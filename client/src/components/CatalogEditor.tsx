import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatDay, formatPrice, parseAmount } from '../lib/format';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toast';
import { TimeOffEditor } from './TimeOffEditor';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';
import { Button } from '../ui/Button';

export const CatalogQuery = graphql(`
  query ManageCatalog($id: ID!) {
    salon(id: $id) { id timeZone services { id name category durationMinutes priceHalalas } staff { id displayName } closures { id startDate endDate reason } }
  }
`);
const CreateService = graphql(`mutation CreateService($input: CreateServiceInput!) { createService(input: $input) { service { id } errors { message } } }`);
const UpdateService = graphql(`mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { service { id priceHalalas durationMinutes } errors { message } } }`);
const ArchiveService = graphql(`mutation ArchiveService($input: ArchiveServiceInput!) { archiveService(input: $input) { service { id } errors { message } } }`);
const AddStaff = graphql(`mutation AddStaff($input: AddStaffMemberInput!) { addStaffMember(input: $input) { staffMember { id } errors { message } } }`);
const AddClosure = graphql(`mutation AddClosure($input: AddSalonClosureInput!) { addSalonClosure(input: $input) { closure { id } errors { message } } }`);
const RemoveClosure = graphql(`mutation RemoveClosure($input: RemoveSalonClosureInput!) { removeSalonClosure(input: $input) { removedClosureId errors { message } } }`);


const CATEGORIES = ['HAIR', 'NAILS', 'MAKEUP', 'SKIN', 'SPA', 'BARBER', 'BRIDAL', 'OTHER'];

/** Services, staff (added by phone, with their time off) and closures of one salon. */
export function CatalogEditor({ salonId }: { salonId: string }) {
  const intl = useIntl();
  const { data, refetch } = useQuery(CatalogQuery, { variables: { id: salonId } });
  const [createService] = useMutation(CreateService);
  const [archiveService] = useMutation(ArchiveService);
  const [updateService] = useMutation(UpdateService);
  const [editing, setEditing] = useState<{ id: string; price: string; durationMinutes: number } | null>(null);
  const [addStaff] = useMutation(AddStaff);
  const [addClosure] = useMutation(AddClosure);
  const [removeClosure] = useMutation(RemoveClosure);
  const toast = useToast();
  const [priceError, setPriceError] = useState<{ field: 'new' | 'edit'; text: string } | null>(null);
  const [service, setService] = useState({ nameAr: '', nameEn: '', category: 'HAIR', durationMinutes: 30, price: '' });
  const [person, setPerson] = useState({ phoneNumber: '', displayName: '' });
  const [closure, setClosure] = useState({ startDate: '', endDate: '', reason: '' });
  const after = async (errors: { message: string }[] | undefined) => {
    if (errors?.length) toast(errors[0].message, 'error');
    else toast(intl.formatMessage({ id: 'manage.saved' }));
    await refetch();
    return !errors?.length;
  };
  /** A typed price in riyals as halalas, or null (with the field's error shown) when it is not an amount. */
  const halalas = (text: string, field: 'new' | 'edit'): number | null => {
    const value = parseAmount(text);
    setPriceError(value === null ? { field, text: intl.formatMessage({ id: 'manage.priceInvalid' }) } : null);
    return value;
  };
  const salon = data?.salon;
  if (!salon) return null;

  const submitService = async (e: FormEvent) => {
    e.preventDefault();
    const priceHalalas = halalas(service.price, 'new');
    if (priceHalalas === null) return;
    const { data: r } = await createService({ variables: { input: { salonId, nameAr: service.nameAr, nameEn: service.nameEn, category: service.category as never, durationMinutes: Number(service.durationMinutes), priceHalalas, staffIds: salon.staff.map((s) => s.id) } } });
    if (await after(r?.createService.errors)) setService({ nameAr: '', nameEn: '', category: 'HAIR', durationMinutes: 30, price: '' });
  };
  const submitStaff = async (e: FormEvent) => {
    e.preventDefault();
    const { data: r } = await addStaff({ variables: { input: { salonId, phoneNumber: person.phoneNumber, displayName: person.displayName, serviceIds: salon.services.map((s) => s.id) } } });
    await after(r?.addStaffMember.errors);
  };
  const submitClosure = async (e: FormEvent) => {
    e.preventDefault();
    const { data: r } = await addClosure({ variables: { input: { salonId, ...closure } } });
    await after(r?.addSalonClosure.errors);
  };

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="svc-title">
        <h2 id="svc-title"><FormattedMessage id="manage.services" /></h2>
        <ul className="plain">
          {salon.services.map((s) => (
            <li key={s.id} className="row">
              <span><bdi>{s.name}</bdi> · {formatPrice(intl, s.priceHalalas)} · <FormattedMessage id="salon.minutes" values={{ minutes: s.durationMinutes }} /></span>
              <Button type="button" variant="link" onClick={() => setEditing({ id: s.id, price: (s.priceHalalas / 100).toFixed(2), durationMinutes: s.durationMinutes })}>
                <FormattedMessage id="manage.edit" />
              </Button>
              <Button type="button" variant="link" onClick={() => void archiveService({ variables: { input: { serviceId: s.id } } }).then((r) => after(r.data?.archiveService.errors))}>
                <FormattedMessage id="manage.archive" />
              </Button>
            </li>
          ))}
        </ul>
        {editing && (
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              const priceHalalas = halalas(editing.price, 'edit');
              if (priceHalalas === null) return;
              void updateService({ variables: { input: { serviceId: editing.id, priceHalalas, durationMinutes: Number(editing.durationMinutes) } } })
                .then((r) => after(r.data?.updateService.errors))
                .then(() => setEditing(null));
            }}
          >
            <Field id="edit-price" label={<FormattedMessage id="manage.price" />} inputMode="decimal" dir="ltr" value={editing.price} error={priceError?.field === 'edit' ? priceError.text : null} onChange={(e) => setEditing({ ...editing, price: e.target.value })} />
            <label htmlFor="edit-min"><FormattedMessage id="manage.duration" /></label>
            <input id="edit-min" type="number" min={5} value={editing.durationMinutes} onChange={(e) => setEditing({ ...editing, durationMinutes: Number(e.target.value) })} />
            <Button type="submit" variant="secondary"><FormattedMessage id="manage.save" /></Button>
          </form>
        )}
        <form className="stack" onSubmit={submitService}>
          <label htmlFor="svc-ar"><FormattedMessage id="manage.nameAr" /></label>
          <input id="svc-ar" dir="rtl" required value={service.nameAr} onChange={(e) => setService((s) => ({ ...s, nameAr: e.target.value }))} />
          <label htmlFor="svc-en"><FormattedMessage id="manage.nameEn" /></label>
          <input id="svc-en" dir="ltr" required value={service.nameEn} onChange={(e) => setService((s) => ({ ...s, nameEn: e.target.value }))} />
          <label htmlFor="svc-cat"><FormattedMessage id="home.category" /></label>
          <select id="svc-cat" value={service.category} onChange={(e) => setService((s) => ({ ...s, category: e.target.value }))}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{intl.formatMessage({ id: `category.${c}` })}</option>)}
          </select>
          <label htmlFor="svc-min"><FormattedMessage id="manage.duration" /></label>
          <input id="svc-min" type="number" min={5} required value={service.durationMinutes} onChange={(e) => setService((s) => ({ ...s, durationMinutes: Number(e.target.value) }))} />
          <Field id="svc-price" label={<FormattedMessage id="manage.price" />} inputMode="decimal" dir="ltr" required value={service.price} error={priceError?.field === 'new' ? priceError.text : null} onChange={(e) => setService((s) => ({ ...s, price: e.target.value }))} />
          <Button type="submit" variant="secondary"><FormattedMessage id="manage.addService" /></Button>
        </form>
      </section>
      <section className="card stack" aria-labelledby="team-title">
        <h2 id="team-title"><FormattedMessage id="manage.team" /></h2>
        <form className="stack" onSubmit={submitStaff}>
          <label htmlFor="staff-phone"><FormattedMessage id="login.phone" /></label>
          <input id="staff-phone" type="tel" dir="ltr" required value={person.phoneNumber} onChange={(e) => setPerson((p) => ({ ...p, phoneNumber: e.target.value }))} />
          <label htmlFor="staff-name"><FormattedMessage id="manage.displayName" /></label>
          <input id="staff-name" required value={person.displayName} onChange={(e) => setPerson((p) => ({ ...p, displayName: e.target.value }))} />
          <Button type="submit" variant="secondary"><FormattedMessage id="manage.addStaff" /></Button>
        </form>
        {salon.staff.map((m) => (
          <details key={m.id}>
            <summary dir="auto">{m.displayName}</summary>
            <WeeklyHoursEditor staffMemberId={m.id} />
            <TimeOffEditor staffMemberId={m.id} timeZone={salon.timeZone} />
          </details>
        ))}
      </section>
      <section className="card stack" aria-labelledby="closures-title">
        <h2 id="closures-title"><FormattedMessage id="manage.closures" /></h2>
        <ul className="plain">
          {salon.closures.map((c) => (
            <li key={c.id} className="row">
              <span>{formatDay(intl, c.startDate)} – {formatDay(intl, c.endDate)}</span> <span dir="auto" data-user-text>{c.reason}</span>
              <Button type="button" variant="link" onClick={() => void removeClosure({ variables: { input: { closureId: c.id } } }).then((r) => after(r.data?.removeSalonClosure.errors))}>
                <FormattedMessage id="timeOff.remove" />
              </Button>
            </li>
          ))}
        </ul>
        <form className="stack" onSubmit={submitClosure}>
          <label htmlFor="cl-start"><FormattedMessage id="timeOff.from" /></label>
          <input id="cl-start" type="date" required value={closure.startDate} onChange={(e) => setClosure((c) => ({ ...c, startDate: e.target.value }))} />
          <label htmlFor="cl-end"><FormattedMessage id="timeOff.to" /></label>
          <input id="cl-end" type="date" required value={closure.endDate} onChange={(e) => setClosure((c) => ({ ...c, endDate: e.target.value }))} />
          <label htmlFor="cl-reason"><FormattedMessage id="timeOff.reason" /></label>
          <input id="cl-reason" value={closure.reason} onChange={(e) => setClosure((c) => ({ ...c, reason: e.target.value }))} />
          <Button type="submit" variant="secondary"><FormattedMessage id="manage.addClosure" /></Button>
        </form>
      </section>
    </div>
  );
}
