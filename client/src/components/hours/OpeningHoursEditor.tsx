import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../gql';
import { useToast } from '../../ui/Toast';
import { WeekEditor, type WeekRange } from './WeekEditor';

export const OpeningHoursQuery = graphql(`
  query SalonOpeningHours($id: ID!) { salon(id: $id) { id openingHours { id weekday startTime endTime } } }
`);
const SetOpening = graphql(`
  mutation SetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { salon { id openingHours { id weekday startTime endTime } } errors { message field } } }
`);

const NONE: WeekRange[] = [];

/** The salon's opening week: stylists are booked only inside it. No ranges at all: the stylists' hours alone count. */
export function OpeningHoursEditor({ salonId }: { salonId: string }) {
  const intl = useIntl();
  const toast = useToast();
  const { data } = useQuery(OpeningHoursQuery, { variables: { id: salonId } });
  const [save, saving] = useMutation(SetOpening);
  return (
    <WeekEditor
      idPrefix={`opening-${salonId}`}
      title={intl.formatMessage({ id: 'opening.title' })}
      hours={(data?.salon?.openingHours as WeekRange[] | undefined) ?? NONE}
      saving={saving.loading}
      onSave={async (hours) => {
        const { data: result } = await save({ variables: { input: { salonId, hours } } });
        const error = result?.setOpeningHours.errors[0] ?? null;
        if (!error) toast(intl.formatMessage({ id: 'manage.saved' }));
        return error;
      }}
    />
  );
}
