import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';
import { SalonCard } from '../components/SalonCard';
import { StatusMessage } from '../components/StatusMessage';

export const HomeSalonsQuery = graphql(`
  query HomeSalons($first: Int!, $after: String) {
    salons(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          city
          district
          ratingAverage
          reviewCount
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
  const { data, loading, error, refetch, fetchMore } = useQuery(HomeSalonsQuery, { variables: { first: PAGE_SIZE } });
  const salons = data?.salons.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">
        <FormattedMessage id="home.title" />
      </h1>
      {loading && !data && <StatusMessage kind="loading" messageId="home.loading" />}
      {error && !data && <StatusMessage kind="error" messageId="home.error" onRetry={() => void refetch()} />}
      {data && salons.length === 0 && <StatusMessage kind="empty" messageId="home.empty" />}
      <ul className="card-grid">
        {salons.map((salon) => (
          <li key={salon.id}>
            <SalonCard salon={salon} />
          </li>
        ))}
      </ul>
      {data?.salons.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          onClick={() => void fetchMore({ variables: { after: data.salons.pageInfo.endCursor } })}
        >
          <FormattedMessage id="home.loadMore" />
        </button>
      )}
    </section>
  );
}
