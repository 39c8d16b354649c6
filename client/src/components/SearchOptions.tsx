import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatPrice } from '../lib/format';
import type { SalonCriteria } from './SalonSearchForm';

export const SalonCitiesQuery = graphql(`
  query SalonCities {
    salonCities { city districts { name latitude longitude } }
  }
`);

const CATEGORIES = ['HAIR', 'NAILS', 'MAKEUP', 'SKIN', 'SPA', 'BARBER', 'BRIDAL', 'OTHER'] as const;
const SERVES = ['LADIES', 'GENTS'] as const;
const MAX_PRICES = [10_000, 20_000, 50_000];
const MIN_RATINGS = [4, 4.5];

/**
 * The search's filters, shown when the person opens them: city and district (from the data; a district searches
 * near its centre), who it is for, service type, a price ceiling, a rating floor, open now and home service.
 */
export function SearchOptions({ draft, set }: { draft: SalonCriteria; set: (change: Partial<SalonCriteria>) => void }) {
  const intl = useIntl();
  const { data: places } = useQuery(SalonCitiesQuery);
  const districts = places?.salonCities.filter((c) => !draft.city || c.city === draft.city).flatMap((c) => c.districts) ?? [];
  const chooseDistrict = (name: string) => {
    const d = districts.find((x) => x.name === name);
    set({ near: d?.latitude != null && d.longitude != null ? { latitude: d.latitude, longitude: d.longitude, district: d.name } : undefined });
  };
  const select = (id: string, label: string, value: string | undefined, anyLabel: string, options: [string, string][], onChange: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>
        <FormattedMessage id={label} />
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{intl.formatMessage({ id: anyLabel })}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="search-options" id="search-options">
      {select('city', 'search.city', draft.city, 'search.anyCity', (places?.salonCities ?? []).map((c) => [c.city, intl.formatMessage({ id: `city.${c.city}` })]),
        (city) => set({ city: city || undefined, ...(draft.near?.district ? { near: undefined } : {}) }))}
      {select('district', 'search.district', draft.near?.district, 'search.anyDistrict', districts.map((d) => [d.name, d.name]), chooseDistrict)}
      {select('serves', 'search.serves', draft.serves, 'search.servesAnyone', SERVES.map((s) => [s, intl.formatMessage({ id: `search.serves.${s}` })]), (serves) => set({ serves: serves || undefined }))}
      {select('category', 'home.category', draft.category, 'home.anyCategory', CATEGORIES.map((c) => [c, intl.formatMessage({ id: `category.${c}` })]), (category) => set({ category: category || undefined }))}
      {select('max-price', 'search.maxPrice', draft.maxPriceHalalas?.toString(), 'search.anyPrice',
        MAX_PRICES.map((p) => [String(p), intl.formatMessage({ id: 'search.upTo' }, { price: formatPrice(intl, p) })]), (p) => set({ maxPriceHalalas: p ? Number(p) : undefined }))}
      {select('min-rating', 'search.rating', draft.minRating?.toString(), 'search.anyRating',
        MIN_RATINGS.map((r) => [String(r), intl.formatMessage({ id: 'search.ratingAtLeast' }, { rating: r })]), (r) => set({ minRating: r ? Number(r) : undefined }))}
      <label className="check">
        <input type="checkbox" checked={draft.openNow ?? false} onChange={(e) => set({ openNow: e.target.checked || undefined })} />
        <FormattedMessage id="search.openNow" />
      </label>
      <label className="check">
        <input type="checkbox" checked={draft.homeService ?? false} onChange={(e) => set({ homeService: e.target.checked || undefined })} />
        <FormattedMessage id="search.homeService" />
      </label>
    </div>
  );
}
