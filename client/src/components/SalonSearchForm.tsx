import { lazy, Suspense, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { loadWorkMessages } from '../i18n/locale';
import { Button } from '../ui/Button';

// The filters and their messages load when opened, off the first page's budget. Their code rides in the salon page's
// chunk (the next screen anyway): a lazy chunk of their own would make the bundler regroup the vendor code every
// screen shares, and the first load would grow by more (about 1.3 KB gzipped) than the filters weigh.
const SearchOptions = lazy(() => Promise.all([import('../pages/SalonPage'), loadWorkMessages()]).then(([m]) => ({ default: m.SearchOptions })));

/** A place to search around: the browser's position, or a district's centre (then `district` names it). */
export interface Place {
  latitude: number;
  longitude: number;
  district?: string;
}

export interface SalonCriteria {
  search?: string;
  city?: string;
  category?: string;
  near?: Place;
  serves?: string;
  homeService?: boolean;
  openNow?: boolean;
  maxPriceHalalas?: number;
  minRating?: number;
}

type Locating = 'idle' | 'locating' | 'failed';

/** The home page's search: text, "Near me" (applies at once), and the filters behind a toggle, applied together. */
export function SalonSearchForm({ onApply }: { onApply: (criteria: SalonCriteria) => void }) {
  const intl = useIntl();
  const [draft, setDraft] = useState<SalonCriteria>({});
  const [open, setOpen] = useState(false);
  const [locating, setLocating] = useState<Locating>('idle');
  const set = (change: Partial<SalonCriteria>) => setDraft((d) => ({ ...d, ...change }));
  const criteria = (near = draft.near): SalonCriteria =>
    Object.fromEntries(Object.entries({ ...draft, search: draft.search?.trim() || undefined, near }).filter(([, v]) => v !== undefined)) as SalonCriteria;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(criteria());
  };
  const nearMe = () => {
    // Checked on tap, not at render: the landing page is also rendered on the server, which has no geolocation.
    if (!navigator.geolocation) return setLocating('failed');
    setLocating('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating('idle');
        const near = { latitude: coords.latitude, longitude: coords.longitude };
        set({ near });
        onApply(criteria(near));
      },
      () => setLocating('failed'),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  };
  return (
    <form className="search-form" role="search" onSubmit={apply}>
      <div className="field">
        <label htmlFor="search">
          <FormattedMessage id="home.search" />
        </label>
        <input id="search" type="search" dir="auto" value={draft.search ?? ''} onChange={(e) => set({ search: e.target.value })} placeholder={intl.formatMessage({ id: 'home.searchPlaceholder' })} />
      </div>
      {open && (
        <Suspense fallback={null}>
          <SearchOptions draft={draft} set={set} />
        </Suspense>
      )}
      <div className="search-actions">
        <Button type="submit">
          <FormattedMessage id="home.find" />
        </Button>
        <Button variant="secondary" onClick={nearMe} disabled={locating === 'locating'}>
          <FormattedMessage id="home.nearMe" />
        </Button>
        <Button variant="secondary" aria-expanded={open} aria-controls={open ? 'search-options' : undefined} onClick={() => setOpen(!open)}>
          <FormattedMessage id="home.filters" />
        </Button>
      </div>
      {locating === 'failed' && (
        <p className="field-error" role="alert">
          <FormattedMessage id="home.locationFailed" />
        </p>
      )}
    </form>
  );
}
