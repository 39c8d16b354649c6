import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Route, Routes } from 'react-router';
import { HomePage } from './pages/HomePage';
import { useLocale } from './i18n/locale';

export function App() {
  const { locale, setLocale } = useLocale();
  const intl = useIntl();
  return (
    <>
      <header className="top-bar">
        <Link to="/" className="brand">
          <FormattedMessage id="app.name" />
        </Link>
        <nav aria-label={intl.formatMessage({ id: 'nav.home' })}>
          <Link to="/">
            <FormattedMessage id="nav.home" />
          </Link>
        </nav>
        <button
          type="button"
          className="button link"
          aria-label={intl.formatMessage({ id: 'nav.languageLabel' })}
          onClick={() => setLocale(locale === 'en' ? 'ar-SA' : 'en')}
        >
          <FormattedMessage id="nav.language" />
        </button>
      </header>
      <main className="page">
        <Routes>
          <Route path="/" element={<HomePage />} />
        </Routes>
      </main>
    </>
  );
}
