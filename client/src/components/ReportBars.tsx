import { useIntl } from 'react-intl';

export interface Bar {
  key: string;
  label: string;
  current: number;
  previous: number;
  /** The value as people read it (a count, a percentage). */
  display: string;
}

/**
 * Hand-drawn horizontal bars, the period against the one before (a thinner, lighter bar), scaled to the largest
 * value. Drawn in SVG with no library: in Arabic the bars grow from the right, as the text runs. The figures are
 * in the table beside the chart, which is what screen readers read; the chart is a picture of them.
 */
export function ReportBars({ chart, bars }: { chart: string; bars: Bar[] }) {
  const intl = useIntl();
  const rtl = intl.locale.startsWith('ar');
  const max = Math.max(...bars.flatMap((b) => [b.current, b.previous]), 0);
  const width = (v: number) => (max > 0 ? (v / max) * 100 : 0);
  const x = (w: number) => (rtl ? 100 - w : 0);
  return (
    <figure className="report-bars" aria-hidden="true" data-chart={chart}>
      {bars.map((b) => (
        <div key={b.key} className="report-bar">
          <span className="report-bar-label" dir="auto">{b.label}</span>
          <svg viewBox="0 0 100 12" preserveAspectRatio="none" className="report-bar-track">
            <rect className="current" x={x(width(b.current))} y="0" width={width(b.current)} height="7" rx="1" />
            <rect className="previous" x={x(width(b.previous))} y="8.5" width={width(b.previous)} height="3.5" rx="1" />
          </svg>
          <span className="report-bar-value">{b.display}</span>
        </div>
      ))}
    </figure>
  );
}
