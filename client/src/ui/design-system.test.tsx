import { act, screen } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { renderWithProviders } from '../test/render';
import { catalogues } from '../i18n/catalogues';
import { intlLocale } from '../i18n/locale';
import { parseAmount } from '../lib/format';
import { formatDay } from '../lib/format';
import { ToastProvider, useToast } from './Toast';
import { Countdown } from './Countdown';

const ar = createIntl({ locale: intlLocale('ar-SA'), messages: catalogues['ar-SA'] });

describe('design system and language', () => {
  it('toasts stack, replace the same message, and go away by themselves', () => {
    jest.useFakeTimers();
    let show: (t: string) => void = () => {};
    const Probe = () => {
      show = useToast();
      return null;
    };
    renderWithProviders(<ToastProvider><Probe /></ToastProvider>);
    act(() => { show('Saved.'); show('Saved.'); show('Other'); });
    expect(screen.getAllByText('Saved.')).toHaveLength(1);
    expect(document.querySelectorAll('[data-toast]')).toHaveLength(2);
    act(() => { jest.advanceTimersByTime(4100); });
    expect(document.querySelectorAll('[data-toast]')).toHaveLength(0);
    jest.useRealTimers();
  });

  it('uses Arabic plural forms and Arabic-Indic digits for durations and countdowns', () => {
    const minutes = (n: number) => ar.formatMessage({ id: 'salon.minutes' }, { minutes: n });
    expect(minutes(1)).toBe('دقيقة واحدة');
    expect(minutes(2)).toBe('دقيقتان');
    expect(minutes(3)).toBe('٣ دقائق');
    expect(minutes(30)).toBe('٣٠ دقيقة');
    expect(ar.formatMessage({ id: 'bookings.policy' }, { until: 'x', hours: 2 })).toContain('قبل ساعتين');
    expect(ar.formatMessage({ id: 'bookings.policy' }, { until: 'x', hours: 24 })).toContain('قبل ٢٤ ساعة');
    renderWithProviders(<Countdown until="2026-12-01T10:10:00Z" now={() => Date.parse('2026-12-01T10:00:05Z')} />, { locale: 'ar-SA' });
    expect(document.querySelector('[data-countdown]')!.textContent).toBe('٠٩:٥٥');
  });

  it('writes dates for the locale, with the Hijri date beside the Gregorian one in Arabic', () => {
    const day = formatDay(ar, '2026-12-02');
    expect(day).toMatch(/ديسمبر/);
    expect(day).toMatch(/هـ/);
    expect(day).not.toMatch(/[0-9]/);
  });

  it('reads prices typed in riyals, refusing anything that is not an amount', () => {
    expect(parseAmount('45')).toBe(4500);
    expect(parseAmount('45.5')).toBe(4550);
    expect(parseAmount('٤٥٫٥٠')).toBe(4550);
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-3')).toBeNull();
  });
});

describe('the design system is used, not copied', () => {
  // Screens compose the primitives: a raw <button> dressed in the Button's classes drifts from it (its type
  // defaults to submit, its size and focus ring are whatever the copy says). Chips and calendar cells are
  // their own controls and stay raw.
  const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
  const path = jest.requireActual<typeof import('node:path')>('node:path');
  const root = path.join(__dirname, '..');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'ui' || e.name === 'gql' ? [] : sources(p);
      return /\.tsx$/.test(e.name) && !/\.test\.tsx$/.test(e.name) ? [p] : [];
    });

  it('every button styled as a button is the Button primitive', () => {
    const copies = sources(root).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/<button\b[^>]*?className=(?:"|\{`)button\b/gs)].map(() => path.relative(root, file)),
    );
    expect(copies).toEqual([]);
  });
});
