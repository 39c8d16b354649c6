import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { HomePage } from './pages/HomePage';
import { StatusMessage } from './components/StatusMessage';
import { AccessGate, loginPath } from './lib/access';
import { loadWorkMessages, useLocale } from './i18n/locale';
import { useSession } from './lib/session';
import { Button } from './ui/Button';

// The home page is the landing page and ships in the first script; every other screen loads when it is opened,
// which keeps the initial JavaScript under its budget (client/e2e checks it).
// Screens past the home page also fetch the second half of the catalogue (WORK_MESSAGE in precompile-messages.ts),
// so their new messages cost the first page nothing.
const SalonPage = lazy(() => Promise.all([import('./pages/SalonPage'), loadWorkMessages()]).then(([m]) => ({ default: m.SalonPage })));
const LoginPage = lazy(() => import('./pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const BookingsPage = lazy(() => Promise.all([import('./pages/BookingsPage'), loadWorkMessages()]).then(([m]) => ({ default: m.BookingsPage })));
const ProfilePage = lazy(() => Promise.all([import('./pages/ProfilePage'), loadWorkMessages()]).then(([m]) => ({ default: m.ProfilePage })));
const NameStep = lazy(() => import('./components/NameStep').then((m) => ({ default: m.NameStep })));
const StaffPage = lazy(() => Promise.all([import('./pages/StaffPage'), loadWorkMessages()]).then(([m]) => m));
// The invoice page comes with the bookings screen's chunk (a chunk of its own made the bundler split shared code
// out of the first script's chunks, 1.7 KB more initial JavaScript), with its messages; the QR library when it renders.
const InvoicePage = lazy(() => Promise.all([import('./pages/BookingsPage'), loadWorkMessages()]).then(([m]) => ({ default: m.InvoicePage })));
const ManagePage = lazy(() => Promise.all([import('./pages/ManagePage'), loadWorkMessages()]).then(([m]) => m));
const AdminPage = lazy(() => Promise.all([import('./pages/AdminPage'), loadWorkMessages()]).then(([m]) => m));
const ApplyPage = lazy(() => import('./pages/ApplyPage'));
// Invitations to join a salon wait for whoever signs in with the invited number; a chunk of its own, fetched once signed in.
const Invitations = lazy(() => import('./components/Invitations'));
// Reports are a chunk of their own: the charts and tables load only when a manager opens them.
// The page a waitlist offer's message links to.
const WaitlistOfferPage = lazy(() => Promise.all([import('./components/Waitlist'), loadWorkMessages()]).then(([m]) => ({ default: m.WaitlistOfferPage })));
const ReportsPage = lazy(() => Promise.all([import('./pages/ReportsPage'), loadWorkMessages()]).then(([m]) => m));

export function App() {
  const { locale, setLocale } = useLocale();
  const { signedIn, me, signOut } = useSession();
  const intl = useIntl();
  const { pathname, search } = useLocation();
  // A new person is asked for a name once, wherever sign-in brought them; the page waits, its state kept.
  const askName = Boolean(me?.needsName) && pathname !== '/login';
  return (
    <>
      <header className="top-bar">
        <Link to="/" className="brand">
          <FormattedMessage id="app.name" />
        </Link>
        <nav aria-label={intl.formatMessage({ id: 'nav.main' })}>
          <NavLink to="/">
            <FormattedMessage id="nav.home" />
          </NavLink>
          {signedIn && (
            <NavLink to="/bookings">
              <FormattedMessage id="nav.bookings" />
            </NavLink>
          )}
          {signedIn && (
            <NavLink to="/profile">
              <FormattedMessage id="nav.profile" />
            </NavLink>
          )}
          {(me?.role === 'STAFF' || me?.role === 'MANAGER') && (
            <NavLink to="/staff">
              <FormattedMessage id="nav.staff" />
            </NavLink>
          )}
          {me?.role === 'MANAGER' && (
            <NavLink to="/manage" end>
              <FormattedMessage id="nav.manage" />
            </NavLink>
          )}
          {me?.role === 'MANAGER' && (
            <NavLink to="/manage/reports">
              <FormattedMessage id="nav.reports" />
            </NavLink>
          )}
          {me?.isPlatformAdmin && (
            <NavLink to="/admin">
              <FormattedMessage id="nav.admin" />
            </NavLink>
          )}
        </nav>
        {signedIn ? (
          <Button type="button" variant="link" onClick={() => void signOut()}>
            <FormattedMessage id="nav.signOut" />
          </Button>
        ) : (
          // Signing in from a page comes back to it; from home, people land where their role starts.
          <Link to={['/', '/login'].includes(pathname) ? '/login' : loginPath(`${pathname}${search}`)} className="button link">
            <FormattedMessage id="nav.signIn" />
          </Link>
        )}
        <Button type="button" variant="link" aria-label={intl.formatMessage({ id: 'nav.languageLabel' })} onClick={() => setLocale(locale === 'en' ? 'ar-SA' : 'en')}>
          {/* The other language's name, written in that language and tagged as such. */}
          <span lang={locale === 'en' ? 'ar' : 'en'}>
            <FormattedMessage id="nav.language" />
          </span>
        </Button>
      </header>
      <main className="page">
        <Suspense fallback={<StatusMessage kind="loading" messageId="common.loading" />}>
          {askName ? (
            <NameStep />
          ) : (
            <>
            {signedIn && pathname !== '/login' && <Invitations />}
            <Routes>
              <Route path="/" element={<HomePage />} />
              <Route path="/salons/:id" element={<SalonPage />} />
              <Route path="/login" element={<LoginPage />} />
              <Route path="/bookings" element={<AccessGate audience="signedIn"><BookingsPage /></AccessGate>} />
              <Route path="/profile" element={<AccessGate audience="signedIn"><ProfilePage /></AccessGate>} />
              <Route path="/staff" element={<AccessGate audience="staff"><StaffPage /></AccessGate>} />
              <Route path="/invoices/:id" element={<AccessGate audience="signedIn"><InvoicePage /></AccessGate>} />
              <Route path="/manage" element={<AccessGate audience="managers"><ManagePage /></AccessGate>} />
              <Route path="/apply" element={<AccessGate audience="signedIn"><ApplyPage /></AccessGate>} />
              <Route path="/admin" element={<AccessGate audience="admins"><AdminPage /></AccessGate>} />
              <Route path="/waitlist/offers/:id" element={<AccessGate audience="signedIn"><WaitlistOfferPage /></AccessGate>} />
              <Route path="/manage/reports" element={<AccessGate audience="managers"><ReportsPage /></AccessGate>} />
              <Route path="*" element={<StatusMessage kind="empty" messageId="common.notFound" />} />
            </Routes>
            </>
          )}
        </Suspense>
      </main>
    </>
  );
}
