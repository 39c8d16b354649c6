import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';
import { VisitDaysQuery, VisitStartsQuery } from './VisitFlow';
import { upcomingDates } from '../lib/format';
import { StartPicker } from './StartPicker';

export const RescheduleVisitMutation = graphql(`
  mutation RescheduleVisit($input: RescheduleVisitInput!) {
    rescheduleVisit(input: $input) { visit { id startsAt parts { id startsAt endsAt version } } errors { code message field } }
  }
`);

/** A visit as the move needs it: its services in order, each with its own stylist, who keeps it. */
export interface MovableVisit {
  id: string;
  parts: { service: { id: string }; staff: { id: string } }[];
}

const DAYS = 14;

/**
 * Moves a whole visit: the days and starts where the whole sequence fits with each part's own stylist, the visit's
 * own parts not counting as busy (excludeVisitId), then rescheduleVisit. A start taken meanwhile is refused with
 * SLOT_UNAVAILABLE and nothing moves.
 */
export function VisitMoveForm({ visit, timeZone, onDone }: { visit: MovableVisit; timeZone: string; onDone: () => void }) {
  const dates = useMemo(() => upcomingDates(timeZone, DAYS), [timeZone]);
  const [date, setDate] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const parts = visit.parts.map((p) => ({ serviceId: p.service.id, staffId: p.staff.id }));
  const days = useQuery(VisitDaysQuery, { variables: { input: { parts, from: dates[0], to: dates[DAYS - 1], excludeVisitId: visit.id } } });
  const starts = useQuery(VisitStartsQuery, { skip: !date, variables: { input: { parts, date: date ?? dates[0], excludeVisitId: visit.id } }, fetchPolicy: 'network-only' });
  const [reschedule, saving] = useMutation(RescheduleVisitMutation);
  const move = async (startsAt: string) => {
    const { data } = await reschedule({ variables: { input: { visitId: visit.id, startsAt } } });
    const errors = data?.rescheduleVisit.errors ?? [];
    if (errors.length) {
      setMessage(errors[0].message);
      void starts.refetch();
    } else onDone();
  };
  return (
    <StartPicker
      dates={dates} open={new Set(days.data?.availableVisitDays ?? [])} date={date} onDate={setDate}
      starts={date ? starts.data?.availableVisitStarts.map((s) => s.startsAt) : undefined} timeZone={timeZone}
      title={<FormattedMessage id="visit.moveTitle" />} saving={saving.loading} message={message} onMove={move}
    />
  );
}
