import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';
import { SalonCard } from '../components/SalonCard';
import { SalonSearchForm, type SalonCriteria } from '../components/SalonSearchForm';
import { StatusMessage } from '../components/StatusMessage';
import { Button } from '../ui/Button';
import { SkeletonCards } from '../ui/Skeleton';

export const HomeSalonsQuery = graphql(`
  query HomeSalons($first: Int!, $after: String, $filter: SalonFilter) {
    salons(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          name
          city
          district
          ratingAverage
          reviewCount
          distanceMeters
          services { id }
          priceRange { minHalalas maxHalalas }
          photos { url }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const PAGE_SIZE = 12;

export function HomePage() {
  const [applied, setApplied] = useState<SalonCriteria>({});
  const { near, ...rest } = applied;
  // The API takes the place's coordinates (a district's name only labels it). Without text, a place sorts by distance.
  const filter = { ...rest, ...(near ? { near: { latitude: near.latitude, longitude: near.longitude } } : {}) };
  const { data, loading, error, refetch, fetchMore } = useQuery(HomeSalonsQuery, {
    variables: Object.keys(filter).length ? { first: PAGE_SIZE, filter: filter as never } : { first: PAGE_SIZE },
  });
  const salons = data?.salons.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">
        <FormattedMessage id="home.title" />
      </h1>
      <SalonSearchForm onApply={setApplied} />
      {near && (
        <p className="place-note" role="status">
          <FormattedMessage id="home.nearYou" />{' '}
          <Button variant="link" onClick={() => setApplied(rest)}>
            <FormattedMessage id="home.clearPlace" />
          </Button>
        </p>
      )}
      {loading && !data && <SkeletonCards messageId="home.loading" />}
      {error && !data && <StatusMessage kind="error" messageId="home.error" onRetry={() => void refetch()} />}
      {data && salons.length === 0 && <StatusMessage kind="empty" messageId="home.empty" />}
      <ul className="card-grid">
        {salons.map((salon, i) => (
          <li key={salon.id}>
            <SalonCard salon={salon} first={i < 2} />
          </li>
        ))}
      </ul>
      {data?.salons.pageInfo.hasNextPage && (
        <Button
          type="button"
          variant="secondary"
          onClick={() => void fetchMore({ variables: { after: data.salons.pageInfo.endCursor } })}
        >
          <FormattedMessage id="home.loadMore" />
        </Button>
      )}
    </section>
  );
}
