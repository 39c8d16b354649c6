import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';

type MockedResponse = MockLink.MockedResponse;
import { MemoryRouter } from 'react-router';
import { createCache } from '../apollo';
import { LocaleProvider, provideCatalogues, type Locale } from '../i18n/locale';
import { catalogues } from '../i18n/catalogues';

provideCatalogues(catalogues);

/** Renders a component with the app's providers and canned GraphQL responses (component tests only). */
export function renderWithProviders(ui: ReactElement, { mocks = [], locale = 'en', route = '/' }: { mocks?: MockedResponse[]; locale?: Locale; route?: string } = {}) {
  return render(
    <MemoryRouter initialEntries={[route]}>
      <LocaleProvider locale={locale}>
        <MockedProvider mocks={mocks} cache={createCache()}>
          {ui}
        </MockedProvider>
      </LocaleProvider>
    </MemoryRouter>,
  );
}
