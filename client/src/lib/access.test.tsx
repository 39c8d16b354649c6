import { screen } from '@testing-library/react';
import { AccessGate, loginPath, safeNext } from './access';
import { renderWithProviders } from '../test/render';

describe('access gate', () => {
  it('asks a signed-out person to sign in and links back to the same page, query included', async () => {
    localStorage.clear();
    renderWithProviders(
      <AccessGate audience="managers">
        <p>secret</p>
      </AccessGate>,
      { route: '/manage?tab=payments' },
    );
    expect(screen.getByText(/This page is for salon managers. Sign in/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?next=%2Fmanage%3Ftab%3Dpayments');
    expect(screen.queryByText('secret')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('returns only to paths on this site', () => {
    expect(safeNext('/bookings?x=1')).toBe('/bookings?x=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(loginPath('/staff')).toBe('/login?next=%2Fstaff');
  });
});
