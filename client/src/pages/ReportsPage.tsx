import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { ReportPeriod, SalonReportQuery as SalonReportData } from '../gql/graphql';
import { StatusMessage } from '../components/StatusMessage';
import { ReportBars } from '../components/ReportBars';
import { downloadCsv } from '../lib/csv';
import { formatDay, formatPrice, upcomingDates } from '../lib/format';
import { paired, relativeChange, servicesCsv, statusCsv, statusRows, summaryCsv, utilisationCsv, type SummaryRow } from '../lib/report';
import './reports.css';
import { Button } from '../ui/Button';

// Its own small query: importing the manage page's would load that page's chunk with this one.
export const ReportSalonsQuery = graphql(`
  query ReportSalons { mySalons { id name timeZone } }
`);

export const SalonReportQuery = graphql(`
  query SalonReport($salonId: ID!, $period: ReportPeriod!, $date: Date!, $to: Date) {
    salonReport(salonId: $salonId, period: $period, date: $date, to: $to) {
      salonId timeZone period
      current {
        range { startDate endDate }
        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }
        bookings { count byStatus { status count } noShowRate cancellationRate }
        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }
        topServices { serviceId service { id name } bookingCount bookedHalalas }
        customers { newCustomers returningCustomers }
      }
      previous {
        range { startDate endDate }
        revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }
        bookings { count byStatus { status count } noShowRate cancellationRate }
        utilisation { staffId staff { id displayName } bookedMinutes availableMinutes rate }
        topServices { serviceId service { id name } bookingCount bookedHalalas }
        customers { newCustomers returningCustomers }
      }
    }
  }
`);

type Report = SalonReportData['salonReport'];
type Figures = Report['current'];
const PERIODS: ReportPeriod[] = ['DAY' as ReportPeriod, 'WEEK' as ReportPeriod, 'MONTH' as ReportPeriod, 'CUSTOM' as ReportPeriod];

const percent = (intl: IntlShape, v: number | null | undefined) => (v == null ? '—' : intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1 }));

/** The summary's figures, in the order of the cards. */
function summary(f: Figures): Record<string, [number | null, SummaryRow['kind']]> {
  return {
    gross: [f.revenue.grossHalalas, 'money'], refunds: [f.revenue.refundsHalalas, 'money'], net: [f.revenue.netHalalas, 'money'], vat: [f.revenue.vatHalalas, 'money'],
    online: [f.revenue.onlineHalalas, 'money'], counter: [f.revenue.counterHalalas, 'money'], bookings: [f.bookings.count, 'count'],
    noShowRate: [f.bookings.noShowRate ?? null, 'rate'], cancellationRate: [f.bookings.cancellationRate ?? null, 'rate'],
    newCustomers: [f.customers.newCustomers, 'count'], returningCustomers: [f.customers.returningCustomers, 'count'],
  };
}

function Change({ current, previous, kind }: { current: number | null; previous: number | null; kind: SummaryRow['kind'] }) {
  const intl = useIntl();
  if (current == null || previous == null) return null;
  // Rates move in points; money and counts by a share of what they were.
  const delta = kind === 'rate' ? current - previous : relativeChange(current, previous);
  if (delta == null || delta === 0) return null;
  return (
    <span className={delta > 0 ? 'up' : 'down'}>
      {delta > 0 ? '▲' : '▼'} {intl.formatNumber(delta, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })}
    </span>
  );
}

function Section({ id, title, csv, file, children }: { id: string; title: string; csv: string; file: string; children: ReactNode }) {
  return (
    <section className="card stack" aria-labelledby={`report-${id}`} data-report={id}>
      <h2 id={`report-${id}`}>{title}</h2>
      {children}
      <div className="actions">
        <Button type="button" variant="secondary" onClick={() => downloadCsv(file, csv)}>
          <FormattedMessage id="manage.reports.csv" values={{ table: title }} />
        </Button>
      </div>
    </section>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <div className="report-table-wrap">
      <table className="report-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row" dir="auto">{c}</th> : <td key={j} className="num">{c}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportBody({ report }: { report: Report }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id: `manage.reports.${id}` }, values);
  const { current: cur, previous: prev } = report;
  const file = (name: string) => `${name}-${cur.range.startDate}-${cur.range.endDate}.csv`;
  const shown = (v: number | null, kind: SummaryRow['kind']) => (v == null ? '—' : kind === 'money' ? formatPrice(intl, v) : kind === 'rate' ? percent(intl, v) : intl.formatNumber(v));
  const [now, before] = [summary(cur), summary(prev)];
  const rows: SummaryRow[] = Object.keys(now).map((figure) => ({ figure, current: now[figure][0], previous: before[figure][0], kind: now[figure][1] }));
  const statuses = statusRows(cur.bookings.byStatus, prev.bookings.byStatus);
  const stylists = paired(
    cur.utilisation.map((u) => ({ ...u, name: u.staff.displayName })), prev.utilisation.map((u) => ({ ...u, name: u.staff.displayName })), (u) => u.staffId);
  const services = paired(cur.topServices.map((s) => ({ ...s, name: s.service.name })), prev.topServices.map((s) => ({ ...s, name: s.service.name })), (s) => s.serviceId);
  const status = (s: string) => intl.formatMessage({ id: `status.${s}` });
  return (
    <>
      <p className="muted" data-testid="report-range">
        <FormattedMessage id="manage.reports.range" values={{
          from: formatDay(intl, cur.range.startDate), to: formatDay(intl, cur.range.endDate),
          previousFrom: formatDay(intl, prev.range.startDate), previousTo: formatDay(intl, prev.range.endDate),
        }} />
      </p>
      <Section id="summary" title={t('summary')} csv={summaryCsv(rows)} file={file('summary')}>
        <dl className="report-cards">
          {rows.map((r) => (
            <div key={r.figure} className="report-card" data-figure={r.figure}>
              <dt>{t(`figure.${r.figure}`)}</dt>
              <dd>
                <span className="value">{shown(r.current, r.kind)}</span>
                <span className="compare">
                  <FormattedMessage id="manage.reports.previous" values={{ value: shown(r.previous, r.kind) }} /> <Change current={r.current} previous={r.previous} kind={r.kind} />
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="statuses" title={t('statuses')} csv={statusCsv(statuses)} file={file('bookings-by-status')}>
        <ReportBars chart="statuses" bars={statuses.map((s) => ({ key: s.status, label: status(s.status), current: s.current, previous: s.previous, display: intl.formatNumber(s.current) }))} />
        <Table caption={t('statuses')} head={[t('col.status'), t('col.bookings'), t('col.previous')]} rows={statuses.map((s) => [status(s.status), intl.formatNumber(s.current), intl.formatNumber(s.previous)])} />
      </Section>
      <Section id="utilisation" title={t('utilisation')} csv={utilisationCsv(stylists)} file={file('utilisation')}>
        <ReportBars chart="utilisation" bars={stylists.map(({ key, current: c, previous: p }) => ({ key, label: (c ?? p)!.name, current: c?.rate ?? 0, previous: p?.rate ?? 0, display: percent(intl, c?.rate) }))} />
        <Table caption={t('utilisation')} head={[t('col.stylist'), t('col.booked'), t('col.available'), t('col.rate'), t('col.previous')]}
          rows={stylists.map(({ current: c, previous: p }) => [(c ?? p)!.name, t('minutes', { n: c?.bookedMinutes ?? 0 }), t('minutes', { n: c?.availableMinutes ?? 0 }), percent(intl, c?.rate), percent(intl, p?.rate)])} />
      </Section>
      <Section id="services" title={t('services')} csv={servicesCsv(services)} file={file('top-services')}>
        {services.length === 0 ? <StatusMessage kind="empty" messageId="manage.reports.noServices" /> : (
          <>
            <ReportBars chart="services" bars={services.map(({ key, current: c, previous: p }) => ({ key, label: (c ?? p)!.name, current: c?.bookingCount ?? 0, previous: p?.bookingCount ?? 0, display: intl.formatNumber(c?.bookingCount ?? 0) }))} />
            <Table caption={t('services')} head={[t('col.service'), t('col.bookings'), t('col.value'), t('col.previous')]}
              rows={services.map(({ current: c, previous: p }) => [(c ?? p)!.name, intl.formatNumber(c?.bookingCount ?? 0), formatPrice(intl, c?.bookedHalalas ?? 0), intl.formatNumber(p?.bookingCount ?? 0)])} />
          </>
        )}
      </Section>
    </>
  );
}

/** A salon's figures for a period, with the period before (managers). */
export default function ReportsPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const salons = useQuery(ReportSalonsQuery);
  const salon = salons.data?.mySalons.find((s) => s.id === params.get('salon')) ?? salons.data?.mySalons[0];
  const today = upcomingDates(salon?.timeZone ?? 'Asia/Riyadh', 1)[0];
  const [period, setPeriod] = useState<ReportPeriod>('WEEK' as ReportPeriod);
  const [date, setDate] = useState(today);
  const [to, setTo] = useState(today);
  const custom = period === 'CUSTOM';
  const { data, loading, error, refetch } = useQuery(SalonReportQuery, {
    variables: { salonId: salon?.id ?? '', period, date, to: custom ? to : null },
    skip: !salon || (custom && to < date),
  });
  if (salons.loading && !salons.data) return <StatusMessage kind="loading" messageId="manage.loading" />;
  if (!salon) return <StatusMessage kind="empty" messageId="manage.none" />;
  return (
    <section className="stack" aria-labelledby="reports-title">
      <h1 id="reports-title">
        <FormattedMessage id="manage.reports.title" /> · <bdi>{salon.name}</bdi>
      </h1>
      <form className="card report-period" aria-label={intl.formatMessage({ id: 'manage.reports.period' })} onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend><FormattedMessage id="manage.reports.period" /></legend>
          {PERIODS.map((p) => (
            <label key={p} className="segment">
              <input type="radio" name="report-period" value={p} checked={period === p} onChange={() => setPeriod(p)} />
              <FormattedMessage id={`manage.reports.periods.${p}`} />
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="report-date"><FormattedMessage id={custom ? 'manage.reports.from' : 'manage.reports.day'} /></label>
          <input id="report-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
        </div>
        {custom && (
          <div>
            <label htmlFor="report-to"><FormattedMessage id="manage.reports.to" /></label>
            <input id="report-to" type="date" value={to} min={date} aria-invalid={to < date} onChange={(e) => e.target.value && setTo(e.target.value)} />
          </div>
        )}
      </form>
      {custom && to < date && <p role="alert" className="error"><FormattedMessage id="manage.reports.backwards" /></p>}
      {loading && !data && <StatusMessage kind="loading" messageId="manage.reports.loading" />}
      {error && <StatusMessage kind="error" messageId="manage.reports.error" onRetry={() => void refetch()} />}
      {data && <ReportBody report={data.salonReport} />}
    </section>
  );
}
