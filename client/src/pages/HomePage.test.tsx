import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomePage, HomeSalonsQuery } from './HomePage';
import { SalonCitiesQuery } from '../components/SearchOptions';
import { renderWithProviders } from '../test/render';

const cities = {
  request: { query: SalonCitiesQuery },
  result: {
    data: {
      salonCities: [
        { __typename: 'SalonCity' as const, city: 'JEDDAH', districts: [{ __typename: 'SalonDistrict' as const, name: 'Al Shati', latitude: 21.5953, longitude: 39.1075 }] },
        { __typename: 'SalonCity' as const, city: 'RIYADH', districts: [{ __typename: 'SalonDistrict' as const, name: 'Olaya', latitude: 24.6911, longitude: 46.6853 }] },
      ],
    },
  },
};

const salon = (id: string, name: string) => ({
  __typename: 'Salon' as const,
  id,
  name,
  city: 'RIYADH',
  district: 'Olaya',
  ratingAverage: 4.5,
  reviewCount: 12,
  services: [{ __typename: 'Service' as const, id: `${id}-s1` }],
  distanceMeters: null as number | null,
});

const page = (nodes: ReturnType<typeof salon>[], hasNextPage = false) => ({
  salons: {
    __typename: 'SalonConnection' as const,
    edges: nodes.map((node) => ({ __typename: 'SalonEdge' as const, cursor: `c-${node.id}`, node })),
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: nodes.length ? `c-${nodes.at(-1)!.id}` : null },
  },
});

describe('HomePage', () => {
  it('lists salons from the API', async () => {
    renderWithProviders(<HomePage />, {
      mocks: [{ request: { query: HomeSalonsQuery, variables: { first: 12 } }, result: { data: page([salon('1', 'Rose Touch Salon'), salon('2', 'Elite Barbers')]) } }],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Loading salons…');
    expect(await screen.findByText('Rose Touch Salon')).toBeInTheDocument();
    expect(screen.getByText('Elite Barbers')).toBeInTheDocument();
    expect(screen.getAllByText('12 reviews')).toHaveLength(2);
  });

  it('says so when there are no salons', async () => {
    renderWithProviders(<HomePage />, { mocks: [{ request: { query: HomeSalonsQuery, variables: { first: 12 } }, result: { data: page([]) } }] });
    expect(await screen.findByText('No salons match your search yet.')).toBeInTheDocument();
  });

  it('shows an error with a retry button, never raw errors', async () => {
    renderWithProviders(<HomePage />, { mocks: [{ request: { query: HomeSalonsQuery, variables: { first: 12 } }, error: new Error('socket hang up') }] });
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load the salons. Please try again.');
    expect(screen.queryByText(/socket hang up/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('speaks Arabic by default', async () => {
    renderWithProviders(<HomePage />, {
      locale: 'ar-SA',
      mocks: [{ request: { query: HomeSalonsQuery, variables: { first: 12 } }, result: { data: page([salon('1', 'صالون لمسة الورد')]) } }],
    });
    expect(await screen.findByText('صالون لمسة الورد')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('ابحث عن صالون');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('offers the cities and districts from the data, and sorts by distance from a chosen district', async () => {
    const near = { ...salon('2', 'Elite Barbers'), distanceMeters: 15_234 };
    renderWithProviders(<HomePage />, {
      mocks: [
        cities,
        { request: { query: HomeSalonsQuery, variables: { first: 12 } }, result: { data: page([salon('1', 'Rose Touch Salon')]) } },
        {
          request: { query: HomeSalonsQuery, variables: { first: 12, filter: { city: 'RIYADH', openNow: true, near: { latitude: 24.6911, longitude: 46.6853 } } } },
          result: { data: page([{ ...salon('1', 'Rose Touch Salon'), distanceMeters: 4 }, near]) },
        },
      ],
    });
    await screen.findByText('Rose Touch Salon');
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const city = await screen.findByLabelText('City');
    await screen.findByRole('option', { name: 'Riyadh' });
    expect(screen.queryByRole('option', { name: 'Makkah' })).not.toBeInTheDocument();
    await userEvent.selectOptions(city, 'RIYADH');
    await userEvent.selectOptions(screen.getByLabelText('District'), 'Olaya');
    await userEvent.click(screen.getByLabelText('Open now'));
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Find salons' }));
    expect(await screen.findByText('15.2 km')).toBeInTheDocument();
    expect(screen.getByText('0 km')).toBeInTheDocument();
    expect(document.querySelector('.place-note')).toHaveTextContent('Nearest first.');
  });
});
