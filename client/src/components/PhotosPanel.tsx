import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { readSession, refreshOnce } from '../auth';
import { Button } from '../ui/Button';

export const ManagerPhotosQuery = graphql(`
  query ManagerPhotos($id: ID!) {
    salon(id: $id) {
      id photos { id url srcset position }
      services { id name photos { id url srcset position } }
      staff { id displayName photoConsent photos { id url srcset position } }
    }
  }
`);
const ReorderMutation = graphql(`
  mutation ReorderPhotos($input: ReorderPhotosInput!) { reorderPhotos(input: $input) { photos { id position } errors { message } } }
`);
const DeleteMutation = graphql(`
  mutation DeletePhoto($input: DeletePhotoInput!) { deletePhoto(input: $input) { deletedPhotoId errors { message } } }
`);

type Target = { serviceId?: string; staffMemberId?: string };

/** Sends the file as it is to POST /media/photos (docs/media.md); the server judges it by its content. */
async function uploadPhoto(salonId: string, target: Target, file: File, locale: string): Promise<{ ok: boolean; message?: string }> {
  const send = () => fetch(`/media/photos?${new URLSearchParams({ salonId, ...target })}`, {
    method: 'POST', body: file,
    headers: { authorization: `Bearer ${readSession()?.accessToken ?? ''}`, 'accept-language': locale, 'content-type': 'application/octet-stream' },
  });
  let res = await send();
  if (res.status === 401 && (await refreshOnce())) res = await send();
  const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
  return res.status === 201 ? { ok: true } : { ok: false, message: body?.errors?.[0]?.message };
}

/** The salon's photos for its managers: upload (salon, a service, a stylist who agreed), reorder, delete. */
export default function PhotosPanel({ salonId }: { salonId: string }) {
  const intl = useIntl();
  const { data, refetch } = useQuery(ManagerPhotosQuery, { variables: { id: salonId }, fetchPolicy: 'cache-and-network' });
  const [reorder] = useMutation(ReorderMutation);
  const [remove] = useMutation(DeleteMutation);
  const [subject, setSubject] = useState('salon');
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const salon = data?.salon;
  if (!salon) return null;
  const target: Target = subject.startsWith('service:') ? { serviceId: subject.slice(8) } : subject.startsWith('staff:') ? { staffMemberId: subject.slice(6) } : {};
  const galleries = [
    { key: 'salon', label: intl.formatMessage({ id: 'photos.salon' }), photos: salon.photos },
    ...salon.services.filter((s) => s.photos.length > 0).map((s) => ({ key: `service:${s.id}`, label: s.name, photos: s.photos })),
    ...salon.staff.filter((m) => m.photos.length > 0).map((m) => ({ key: `staff:${m.id}`, label: m.displayName, photos: m.photos })),
  ];
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const result = await uploadPhoto(salonId, target, file, intl.locale);
    setBusy(false);
    setMessage(result.ok ? { kind: 'status', text: intl.formatMessage({ id: 'photos.uploaded' }) } : { kind: 'error', text: result.message ?? intl.formatMessage({ id: 'photos.failed' }) });
    if (result.ok) await refetch();
  };
  const move = async (ids: string[], from: number, to: number) => {
    const next = [...ids];
    next.splice(to, 0, next.splice(from, 1)[0]);
    const res = await reorder({ variables: { input: { salonId, photoIds: next } } });
    setMessage(res.data?.reorderPhotos.errors[0] ? { kind: 'error', text: res.data.reorderPhotos.errors[0].message } : null);
    await refetch();
  };
  return (
    <section className="stack" aria-labelledby={`photos-title-${salonId}`}>
      <h2 id={`photos-title-${salonId}`}>
        <FormattedMessage id="photos.title" />
      </h2>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : undefined}>{message.text}</p>}
      <label htmlFor={`photo-subject-${salonId}`}>
        <FormattedMessage id="photos.of" />
      </label>
      <select id={`photo-subject-${salonId}`} value={subject} onChange={(e) => setSubject(e.target.value)}>
        <option value="salon">{intl.formatMessage({ id: 'photos.salon' })}</option>
        {salon.services.map((s) => <option key={s.id} value={`service:${s.id}`}>{s.name}</option>)}
        {salon.staff.map((m) => (
          <option key={m.id} value={`staff:${m.id}`} disabled={!m.photoConsent}>
            {m.photoConsent ? m.displayName : intl.formatMessage({ id: 'photos.noConsent' }, { name: m.displayName })}
          </option>
        ))}
      </select>
      <label htmlFor={`photo-file-${salonId}`} className="button secondary">
        <FormattedMessage id={busy ? 'photos.uploading' : 'photos.upload'} />
      </label>
      <input id={`photo-file-${salonId}`} className="visually-hidden" type="file" accept="image/jpeg,image/png,image/webp" disabled={busy}
        onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ''; }} />
      {galleries.map((g) => (
        <div key={g.key} className="stack">
          <h3 dir="auto">{g.label}</h3>
          <ul className="plain photo-list">
            {g.photos.map((p, i) => (
              <li key={p.id} className="card stack">
                <img src={p.url} srcSet={p.srcset ?? undefined} sizes="160px" alt={intl.formatMessage({ id: 'photos.alt' }, { n: i + 1 })} width={160} height={110} loading="lazy" />
                <div className="row">
                  <Button type="button" variant="secondary" disabled={i === 0} onClick={() => void move(g.photos.map((x) => x.id), i, i - 1)}
                    aria-label={intl.formatMessage({ id: 'photos.earlier' }, { n: i + 1 })}>
                    <FormattedMessage id="photos.earlierShort" />
                  </Button>
                  <Button type="button" variant="secondary" disabled={i === g.photos.length - 1} onClick={() => void move(g.photos.map((x) => x.id), i, i + 1)}
                    aria-label={intl.formatMessage({ id: 'photos.later' }, { n: i + 1 })}>
                    <FormattedMessage id="photos.laterShort" />
                  </Button>
                  <Button type="button" variant="danger" aria-label={intl.formatMessage({ id: 'photos.delete' }, { n: i + 1 })}
                    onClick={() => void remove({ variables: { input: { photoId: p.id } } }).then(() => refetch())}>
                    <FormattedMessage id="photos.deleteShort" />
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
