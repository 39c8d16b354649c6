import { FormattedMessage, FormattedNumber } from 'react-intl';

export interface SalonSummary {
  id: string;
  name: string;
  city: string;
  district: string;
  ratingAverage: number;
  reviewCount: number;
  services: { id: string }[];
}

export function SalonCard({ salon }: { salon: SalonSummary }) {
  return (
    <article className="card">
      <h2 className="card-title">{salon.name}</h2>
      <p className="muted">
        <FormattedMessage id={`city.${salon.city}`} />
        {salon.district ? ` · ${salon.district}` : null}
      </p>
      <p>
        <span className="rating" aria-hidden="true">
          ★ <FormattedNumber value={salon.ratingAverage} minimumFractionDigits={1} maximumFractionDigits={1} />
        </span>{' '}
        <span className="visually-hidden">
          <FormattedMessage id="salon.rating" values={{ rating: salon.ratingAverage }} />
        </span>
        <span className="muted">
          <FormattedMessage id="salon.reviews" values={{ count: salon.reviewCount }} />
        </span>
      </p>
      <p className="muted">
        <FormattedMessage id="salon.services" values={{ count: salon.services.length }} />
      </p>
    </article>
  );
}
