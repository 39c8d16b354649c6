import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';
import { Button } from '../ui/Button';

export const MyInvitationsQuery = graphql(`
  query MyInvitations { myInvitations { id role displayName salon { id name } } }
`);
const AcceptMutation = graphql(`
  mutation AcceptInvitation($input: SalonInvitationInput!) { acceptSalonInvitation(input: $input) { invitation { id status } errors { message } } }
`);
const DeclineMutation = graphql(`
  mutation DeclineInvitation($input: SalonInvitationInput!) { declineSalonInvitation(input: $input) { invitation { id status } errors { message } } }
`);

/** Invitations sent to the number the person signed in with: join the salon, or say no. Nothing when there are none. */
export default function Invitations() {
  const client = useApolloClient();
  const { data, refetch } = useQuery(MyInvitationsQuery, { fetchPolicy: 'cache-and-network' });
  const [accept] = useMutation(AcceptMutation);
  const [decline] = useMutation(DeclineMutation);
  if (!data?.myInvitations.length) return null;
  // Joining changes what the person may see everywhere (the navigation, the calendar): read it all again.
  const answered = async () => {
    await client.resetStore();
    await refetch();
  };
  return (
    <section className="card stack invitations" aria-labelledby="invitations-title">
      <h2 id="invitations-title">
        <FormattedMessage id="invitations.title" />
      </h2>
      <ul className="plain stack">
        {data.myInvitations.map((i) => (
          <li key={i.id} className="stack">
            <p>
              <FormattedMessage id="invitations.offer" values={{ salon: <bdi>{i.salon.name}</bdi>, role: <FormattedMessage id={`role.${i.role}`} />, name: <bdi>{i.displayName}</bdi> }} />
            </p>
            <div className="row">
              <Button type="button" onClick={() => void accept({ variables: { input: { invitationId: i.id } } }).then(answered)}>
                <FormattedMessage id="invitations.accept" />
              </Button>
              <Button type="button" variant="secondary" onClick={() => void decline({ variables: { input: { invitationId: i.id } } }).then(answered)}>
                <FormattedMessage id="invitations.decline" />
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
