import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatDateTime, formatDigits } from '../lib/format';
import { ConfirmButton } from '../ui/ConfirmDialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toast';
import { StatusMessage } from './StatusMessage';
import { Button } from '../ui/Button';

export const SalonTeamQuery = graphql(`
  query SalonTeam($salonId: ID!) {
    salonTeam(salonId: $salonId) {
      members { role phoneNumber user { id displayName } }
      stylists { id displayName isActive }
      invitations { id phoneNumber role displayName }
      bookingsToHandle { id version startsAt service { name } customer { displayName } staff { displayName } }
    }
  }
`);

const InviteMutation = graphql(`
  mutation InviteToSalon($input: InviteToSalonInput!) { inviteToSalon(input: $input) { invitation { id } errors { message field } } }
`);
const RevokeMutation = graphql(`
  mutation RevokeInvitation($input: SalonInvitationInput!) { revokeSalonInvitation(input: $input) { invitation { id status } errors { message } } }
`);
const DeactivateMutation = graphql(`
  mutation DeactivateStylist($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) { staffMember { id isActive } bookingsToHandle { id } errors { message } } }
`);
const MoveLeftBookingMutation = graphql(`
  mutation MoveLeftBooking($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id staff { id } } errors { message } } }
`);
const CancelWithNoticeMutation = graphql(`
  mutation CancelLeftBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { message } } }
`);

const ChangeRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeSalonMemberRoleInput!) { changeSalonMemberRole(input: $input) { member { role user { id } } errors { code message } } }
`);

const ROLES = ['STYLIST', 'RECEPTIONIST', 'MANAGER'] as const;
const MEMBER_ROLES = ['MANAGER', 'RECEPTIONIST'] as const;

/** The manager's team: invite by phone, pending invitations, change a manager's or receptionist's role, deactivate a stylist and handle the bookings they leave. */
export function TeamPanel({ salonId, timeZone }: { salonId: string; timeZone: string }) {
  const intl = useIntl();
  const toast = useToast();
  const { data, loading, refetch } = useQuery(SalonTeamQuery, { variables: { salonId }, fetchPolicy: 'cache-and-network' });
  const [invite, inviting] = useMutation(InviteMutation);
  const [revoke] = useMutation(RevokeMutation);
  const [deactivate] = useMutation(DeactivateMutation);
  const [cancel] = useMutation(CancelWithNoticeMutation);
  const [move] = useMutation(MoveLeftBookingMutation);
  const [changeRole, changingRole] = useMutation(ChangeRoleMutation);
  const [roleTo, setRoleTo] = useState<Record<string, string>>({});
  const [roleError, setRoleError] = useState<{ userId: string; message: string } | null>(null);
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});
  const [handleError, setHandleError] = useState<string | null>(null);
  const [form, setForm] = useState({ phoneNumber: '', displayName: '', role: 'STYLIST' as (typeof ROLES)[number] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  if (loading && !data) return <StatusMessage kind="loading" messageId="team.loading" />;
  const team = data?.salonTeam;
  const send = async () => {
    const { data: sent } = await invite({ variables: { input: { salonId, ...form } } });
    const errs = sent?.inviteToSalon.errors ?? [];
    setErrors(Object.fromEntries(errs.map((e) => [e.field?.[1] ?? 'form', e.message])));
    if (!errs.length) {
      setForm((f) => ({ ...f, phoneNumber: '', displayName: '' }));
      toast(intl.formatMessage({ id: 'team.invited' }));
      void refetch();
    }
  };
  const saveRole = async (userId: string, name: string) => {
    const role = roleTo[userId] as (typeof MEMBER_ROLES)[number];
    const { data: changed } = await changeRole({ variables: { input: { salonId, userId, role } } });
    const error = changed?.changeSalonMemberRole.errors[0];
    setRoleError(error ? { userId, message: error.message } : null);
    if (!error) {
      setRoleTo(({ [userId]: _, ...rest }) => rest);
      toast(intl.formatMessage({ id: 'team.roleChanged' }, { name, role: intl.formatMessage({ id: `role.${role}` }) }));
      void refetch();
    }
  };
  return (
    <section className="card stack" aria-labelledby={`team-${salonId}`}>
      <h2 id={`team-${salonId}`}>
        <FormattedMessage id="team.title" />
      </h2>
      <form className="stack" aria-label={intl.formatMessage({ id: 'team.inviteTitle' })} onSubmit={(e) => { e.preventDefault(); void send(); }}>
        <h3>
          <FormattedMessage id="team.inviteTitle" />
        </h3>
        <Field id={`invite-phone-${salonId}`} label={intl.formatMessage({ id: 'team.phone' })} inputMode="tel" dir="ltr" autoComplete="off" value={form.phoneNumber} error={errors.phoneNumber} onChange={(e) => setForm((f) => ({ ...f, phoneNumber: e.target.value }))} />
        <Field id={`invite-name-${salonId}`} label={intl.formatMessage({ id: 'team.name' })} dir="auto" value={form.displayName} error={errors.displayName} onChange={(e) => setForm((f) => ({ ...f, displayName: e.target.value }))} />
        <label htmlFor={`invite-role-${salonId}`}>
          <FormattedMessage id="team.role" />
        </label>
        <select id={`invite-role-${salonId}`} value={form.role} onChange={(e) => setForm((f) => ({ ...f, role: e.target.value as (typeof ROLES)[number] }))}>
          {ROLES.map((r) => (
            <option key={r} value={r}>{intl.formatMessage({ id: `role.${r}` })}</option>
          ))}
        </select>
        <Button type="submit" disabled={inviting.loading}>
          <FormattedMessage id="team.invite" />
        </Button>
        {errors.form && <p role="alert" className="error">{errors.form}</p>}
      </form>

      {Boolean(team?.invitations.length) && (
        <>
          <h3>
            <FormattedMessage id="team.pending" />
          </h3>
          <ul className="plain stack">
            {team!.invitations.map((i) => (
              <li key={i.id} className="row">
                <bdi>{i.displayName}</bdi> · <bdi dir="ltr">{formatDigits(intl, i.phoneNumber)}</bdi> · <FormattedMessage id={`role.${i.role}`} />{' '}
                <Button type="button" variant="link" onClick={() => void revoke({ variables: { input: { invitationId: i.id } } }).then(() => refetch())}>
                  <FormattedMessage id="team.revoke" />
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>
        <FormattedMessage id="team.members" />
      </h3>
      <ul className="plain stack" aria-label={intl.formatMessage({ id: 'team.members' })}>
        {team?.members.map((m) => {
          const chosen = roleTo[m.user.id] ?? m.role;
          return (
            <li key={m.user.id} className="stack" aria-label={m.user.displayName}>
              <span>
                <bdi>{m.user.displayName}</bdi> · <bdi dir="ltr">{formatDigits(intl, m.phoneNumber)}</bdi> · <span className="badge"><FormattedMessage id={`role.${m.role}`} /></span>
              </span>
              {/* One select and one button per person: changing the select alone changes nothing, so a slip is harmless. */}
              <span className="actions">
                <label htmlFor={`member-role-${m.user.id}`}>
                  <FormattedMessage id="team.changeRoleLabel" values={{ name: m.user.displayName }} />
                </label>
                <select id={`member-role-${m.user.id}`} value={chosen} onChange={(e) => setRoleTo((r) => ({ ...r, [m.user.id]: e.target.value }))}>
                  {MEMBER_ROLES.map((r) => (
                    <option key={r} value={r}>{intl.formatMessage({ id: `role.${r}` })}</option>
                  ))}
                </select>
                <Button type="button" variant="secondary" disabled={chosen === m.role || changingRole.loading} onClick={() => void saveRole(m.user.id, m.user.displayName)}>
                  <FormattedMessage id="team.changeRole" />
                </Button>
              </span>
              {roleError?.userId === m.user.id && <p role="alert" className="error">{roleError.message}</p>}
            </li>
          );
        })}
        {team?.stylists.map((s) => (
          <li key={s.id} className="row">
            <bdi>{s.displayName}</bdi> · <span className="badge"><FormattedMessage id={s.isActive ? 'role.STYLIST' : 'team.deactivated'} /></span>{' '}
            {s.isActive && (
              <ConfirmButton
                label={intl.formatMessage({ id: 'team.deactivate' }, { name: s.displayName })}
                title={intl.formatMessage({ id: 'team.deactivateTitle' }, { name: s.displayName })}
                body={intl.formatMessage({ id: 'team.deactivateBody' })}
                confirmLabel={intl.formatMessage({ id: 'team.deactivateConfirm' })}
                variant="danger"
                onConfirm={async () => {
                  await deactivate({ variables: { input: { staffMemberId: s.id } } });
                  await refetch();
                }}
              />
            )}
          </li>
        ))}
      </ul>

      {Boolean(team?.bookingsToHandle.length) && (
        <div className="stack" role="region" aria-label={intl.formatMessage({ id: 'team.toHandle' })}>
          <h3>
            <FormattedMessage id="team.toHandle" />
          </h3>
          <p className="muted">
            <FormattedMessage id="team.toHandleHint" values={{ count: team!.bookingsToHandle.length }} />
          </p>
          <label htmlFor={`notice-${salonId}`}>
            <FormattedMessage id="team.noticeReason" />
          </label>
          <input id={`notice-${salonId}`} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} />
          <ul className="plain stack">
            {team!.bookingsToHandle.map((b) => (
              <li key={b.id} className="card" data-booking={b.id}>
                {formatDateTime(intl, b.startsAt, timeZone)} · <bdi>{b.service.name}</bdi> · <bdi>{b.customer.displayName}</bdi> · <bdi>{b.staff.displayName}</bdi>
                <label htmlFor={`move-${b.id}`}>
                  <FormattedMessage id="team.moveTo" />
                </label>
                <select id={`move-${b.id}`} value={moveTo[b.id] ?? ''} onChange={(e) => setMoveTo((m) => ({ ...m, [b.id]: e.target.value }))}>
                  <option value="">{intl.formatMessage({ id: 'team.pickStylist' })}</option>
                  {team!.stylists.filter((s) => s.isActive).map((s) => (
                    <option key={s.id} value={s.id}>{s.displayName}</option>
                  ))}
                </select>
                <Button
                  type="button"
                 
                  disabled={!moveTo[b.id]}
                  onClick={() => void move({ variables: { input: { bookingId: b.id, expectedVersion: b.version, startsAt: b.startsAt, staffId: moveTo[b.id] } } })
                    .then((r) => { setHandleError(r.data?.rescheduleBooking.errors[0]?.message ?? null); return refetch(); })}
                >
                  <FormattedMessage id="team.move" />
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={!reason.trim()}
                  onClick={() => void cancel({ variables: { input: { bookingId: b.id, expectedVersion: b.version, reason: reason.trim() } } }).then(() => refetch())}
                >
                  <FormattedMessage id="team.cancelWithNotice" />
                </Button>
              </li>
            ))}
          </ul>
          {handleError && <p role="alert" className="error">{handleError}</p>}
        </div>
      )}
    </section>
  );
}
