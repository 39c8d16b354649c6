import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { SalonCard } from '../components/SalonCard';
import { StatusMessage } from '../components/StatusMessage';
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

const CITIES = ['RIYADH', 'JEDDAH', 'DAMMAM', 'MAKKAH', 'MADINAH', 'KHOBAR'] as const;
const CATEGORIES = ['HAIR', 'NAILS', 'MAKEUP', 'SKIN', 'SPA', 'BARBER', 'BRIDAL', 'OTHER'] as const;

export function HomePage() {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [city, setCity] = useState('');
  const [category, setCategory] = useState('');
  const [applied, setApplied] = useState<{ search?: string; city?: string; category?: string }>({});
  const filter = Object.keys(applied).length ? applied : undefined;
  const { data, loading, error, refetch, fetchMore } = useQuery(HomeSalonsQuery, {
    variables: filter ? { first: PAGE_SIZE, filter: filter as never } : { first: PAGE_SIZE },
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ ...(search.trim() ? { search: search.trim() } : {}), ...(city ? { city } : {}), ...(category ? { category } : {}) });
  };
  const salons = data?.salons.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">
        <FormattedMessage id="home.title" />
      </h1>
      <form className="filters" role="search" onSubmit={apply}>
        <label htmlFor="search">
          <FormattedMessage id="home.search" />
        </label>
        <input id="search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={intl.formatMessage({ id: 'home.searchPlaceholder' })} />
        <label htmlFor="city">
          <FormattedMessage id="home.city" />
        </label>
        <select id="city" value={city} onChange={(e) => setCity(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'home.anyCity' })}</option>
          {CITIES.map((c) => (
            <option key={c} value={c}>
              {intl.formatMessage({ id: `city.${c}` })}
            </option>
          ))}
        </select>
        <label htmlFor="category">
          <FormattedMessage id="home.category" />
        </label>
        <select id="category" value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'home.anyCategory' })}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {intl.formatMessage({ id: `category.${c}` })}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          <FormattedMessage id="home.find" />
        </button>
      </form>
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
