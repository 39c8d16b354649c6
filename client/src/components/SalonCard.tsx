import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatPrice } from '../lib/format';

export interface SalonSummary {
  id: string;
  name: string;
  city: string;
  district: string;
  ratingAverage: number;
  reviewCount: number;
  services: { id: string }[];
  priceRange?: { minHalalas: number; maxHalalas: number } | null;
  photos?: { url: string }[];
  /** Metres from the searched place, in a near-me list. */
  distanceMeters?: number | null;
}

/** Kilometres to one decimal, in the reader's digits. */
function formatDistance(intl: ReturnType<typeof useIntl>, metres: number): string {
  return intl.formatNumber(metres / 1000, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
}

/** `first`: the top cards' photos are the page's largest paint, so they load at once, not lazily. */
export function SalonCard({ salon, first = false }: { salon: SalonSummary; first?: boolean }) {
  const intl = useIntl();
  const photo = salon.photos?.[0]?.url;
  return (
    <article className="card">
      {photo && <img className="card-photo" src={photo} alt="" width={260} height={140} loading={first ? 'eager' : 'lazy'} fetchPriority={first ? 'high' : 'auto'} />}
      <h2 className="card-title">
        <Link to={`/salons/${salon.id}`} dir="auto">
          {salon.name}
        </Link>
      </h2>
      {salon.distanceMeters != null && (
        <p className="distance">{formatDistance(intl, salon.distanceMeters)}</p>
      )}
      <p className="muted">
        <FormattedMessage id={`city.${salon.city}`} />
        {salon.district ? (
          <>
            {' · '}
            <bdi>{salon.district}</bdi>
          </>
        ) : null}
      </p>
      <p>
        <span className="rating" aria-hidden="true">
          ★ <FormattedNumber value={salon.ratingAverage} minimumFractionDigits={1} maximumFractionDigits={1} />
        </span>{' '}
        <span className="visually-hidden">
          <FormattedMessage id="salon.rating" values={{ rating: salon.ratingAverage, max: 5 }} />
        </span>
        <span className="muted">
          <FormattedMessage id="salon.reviews" values={{ count: salon.reviewCount }} />
        </span>
      </p>
      <p className="muted">
        <FormattedMessage id="salon.services" values={{ count: salon.services.length }} />
        {salon.priceRange && (
          <>
            {' · '}
            <FormattedMessage id="salon.priceRange" values={{ min: formatPrice(intl, salon.priceRange.minHalalas), max: formatPrice(intl, salon.priceRange.maxHalalas) }} />
          </>
        )}
      </p>
    </article>
  );
}
