import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../gql';
import { useToast } from '../ui/Toast';
import { WeekEditor, type WeekRange } from './hours/WeekEditor';

export const WeeklyHoursQuery = graphql(`
  query StaffWeeklyHours($id: ID!) { staffMember(id: $id) { id weeklyHours { weekday startTime endTime } } }
`);
const SetHours = graphql(`
  mutation SetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { staffMember { id weeklyHours { weekday startTime endTime } } errors { message field } } }
`);

const NONE: WeekRange[] = [];

/** A stylist's working week, inside the salon's opening hours; a night may run past midnight (20:00–03:00). */
export function WeeklyHoursEditor({ staffMemberId }: { staffMemberId: string }) {
  const intl = useIntl();
  const toast = useToast();
  const { data } = useQuery(WeeklyHoursQuery, { variables: { id: staffMemberId } });
  const [save, saving] = useMutation(SetHours);
  return (
    <WeekEditor
      idPrefix={`hours-${staffMemberId}`}
      title={intl.formatMessage({ id: 'hours.title' })}
      hours={(data?.staffMember?.weeklyHours as WeekRange[] | undefined) ?? NONE}
      saving={saving.loading}
      onSave={async (hours) => {
        const { data: result } = await save({ variables: { input: { staffMemberId, hours } } });
        const error = result?.setWeeklyHours.errors[0] ?? null;
        if (!error) toast(intl.formatMessage({ id: 'manage.saved' }));
        return error;
      }}
    />
  );
}
