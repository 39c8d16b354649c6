import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../gql';
import { StatusMessage } from '../components/StatusMessage';
import { BookingFlow } from '../components/BookingFlow';
import { formatDigits, formatPrice } from '../lib/format';
import { Button } from '../ui/Button';

/** Several services in one visit: its own chunk, loaded with the salon. */
const VisitFlow = lazy(() => import('../components/VisitFlow'));

/** The home page's search filters travel in this chunk (see SalonSearchForm). */
export { SearchOptions } from '../components/SearchOptions';

export const SalonQuery = graphql(`
  query SalonPage($id: ID!, $after: String) {
    salon(id: $id) {
      id name description city district address phone timeZone ratingAverage reviewCount requiresPrepayment cancellationCutoffHours
      priceRange { minHalalas maxHalalas }
      photos { url srcset width height position }
      services { id name category durationMinutes priceHalalas paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCardBeyondDays } }
      staff { id displayName bio services { id } }
      reviews(first: 5, after: $after) { edges { cursor node { id rating comment createdAt customer { displayName } service { id name } staff { id displayName } reply { text } } } pageInfo { hasNextPage endCursor } }
    }
  }
`);

export function SalonPage() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const { data, loading, error, refetch, fetchMore } = useQuery(SalonQuery, { variables: { id } });
  if (loading && !data) return <StatusMessage kind="loading" messageId="salon.loading" />;
  if (error && !data) return <StatusMessage kind="error" messageId="salon.error" onRetry={() => void refetch()} />;
  const salon = data?.salon;
  if (!salon) return <StatusMessage kind="empty" messageId="salon.notFound" />;
  const categories = [...new Set(salon.services.map((s) => s.category))];
  return (
    <article className="stack">
      <header>
        <h1>{salon.name}</h1>
        <p className="muted">
          <FormattedMessage id={`city.${salon.city}`} /> · <bdi>{salon.district}</bdi> · <bdi dir="ltr">{formatDigits(intl, salon.phone)}</bdi>
        </p>
        <p dir="auto">{salon.description}</p>
      </header>
      {salon.photos.length > 0 && (
        <div className="gallery" role="region" tabIndex={0} aria-label={intl.formatMessage({ id: 'salon.photos' })}>
          {salon.photos.map((p, i) => (
            <img key={p.url} src={p.url} srcSet={p.srcset ?? undefined} sizes="240px" width={p.width ?? undefined} height={p.height ?? undefined}
              alt={intl.formatMessage({ id: 'salon.photoAlt' }, { name: salon.name, n: i + 1 })} loading="lazy" />
          ))}
        </div>
      )}
      <section aria-labelledby="services-title">
        <h2 id="services-title">
          <FormattedMessage id="salon.servicesTitle" />
        </h2>
        {categories.map((category) => (
          <div key={category}>
            <h3>
              <FormattedMessage id={`category.${category}`} />
            </h3>
            <ul className="plain">
              {salon.services
                .filter((s) => s.category === category)
                .map((s) => (
                  <li key={s.id} className="row">
                    <span dir="auto">{s.name}</span>
                    <span className="muted">
                      <FormattedMessage id="salon.minutes" values={{ minutes: s.durationMinutes }} /> · {formatPrice(intl, s.priceHalalas)}
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
      <BookingFlow salon={salon} />
      <Suspense fallback={null}>
        <VisitFlow salon={salon} />
      </Suspense>
      <section aria-labelledby="staff-title">
        <h2 id="staff-title">
          <FormattedMessage id="salon.staffTitle" />
        </h2>
        <ul className="plain">
          {salon.staff.map((m) => (
            <li key={m.id}>
              <strong dir="auto">{m.displayName}</strong> <span className="muted" dir="auto" data-user-text>{m.bio}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">
          <FormattedMessage id="salon.reviewsTitle" />
        </h2>
        {salon.reviews.edges.length === 0 && <StatusMessage kind="empty" messageId="salon.noReviews" />}
        <ul className="plain">
          {salon.reviews.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <strong aria-label={intl.formatMessage({ id: 'salon.rating' }, { rating: node.rating, max: 5 })}>{'★'.repeat(node.rating)}</strong> <bdi>{node.customer.displayName}</bdi>{' '}
              <span className="muted">{intl.formatDate(new Date(node.createdAt), { day: 'numeric', month: 'long', year: 'numeric' })}</span>
              {node.service && node.staff && (
                <p className="muted">
                  <FormattedMessage id="salon.reviewAbout" values={{ service: <bdi key="s">{node.service.name}</bdi>, stylist: <bdi key="t">{node.staff.displayName}</bdi> }} />
                </p>
              )}
              <p dir="auto" data-user-text>{node.comment}</p>
              {node.reply && (
                <div className="review-reply">
                  <p className="muted"><FormattedMessage id="reply.fromSalon" values={{ salon: <bdi key="n">{salon.name}</bdi> }} /></p>
                  <p dir="auto" data-user-text>{node.reply.text}</p>
                </div>
              )}
            </li>
          ))}
        </ul>
        {salon.reviews.pageInfo.hasNextPage && (
          <Button type="button" variant="secondary" onClick={() => void fetchMore({ variables: { after: salon.reviews.pageInfo.endCursor } })}>
            <FormattedMessage id="salon.moreReviews" />
          </Button>
        )}
      </section>
    </article>
  );
}
