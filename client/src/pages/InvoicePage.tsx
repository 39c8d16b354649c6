import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../gql';
import { StatusMessage } from '../components/StatusMessage';
import './invoice.css';
import { Button } from '../ui/Button';

export const InvoiceQuery = graphql(`
  query InvoiceDocument($id: ID!) {
    invoice(id: $id) {
      id kind number reference issuedAt sellerNameAr sellerNameEn vatNumber sellerAddress totalHalalas vatHalalas currency qrCode reason
      lines { descriptionAr descriptionEn quantity unitPriceHalalas totalHalalas vatHalalas }
      paymentMeans { method amountHalalas }
      originalInvoice { id reference }
      booking { id salon { timeZone } }
    }
  }
`);

/**
 * A tax invoice prints both languages whatever the reader's (ZATCA: Arabic, with another language beside it), so
 * the document's own labels are fixed Arabic/English pairs; the page around it (buttons, states) is localised.
 */
const LABEL = {
  INVOICE: ['فاتورة ضريبية مبسطة', 'Simplified tax invoice'],
  CREDIT_NOTE: ['إشعار دائن', 'Credit note'],
  number: ['رقم الفاتورة', 'Number'],
  date: ['التاريخ والوقت', 'Date and time'],
  seller: ['البائع', 'Seller'],
  vatNumber: ['الرقم الضريبي', 'VAT number'],
  original: ['الفاتورة الأصلية', 'Original invoice'],
  reason: ['السبب', 'Reason'],
  item: ['الخدمة', 'Service'],
  quantity: ['الكمية', 'Qty'],
  price: ['السعر شامل الضريبة', 'Price incl. VAT'],
  excl: ['المبلغ الخاضع للضريبة', 'Taxable amount'],
  vat: ['ضريبة القيمة المضافة 15٪', 'VAT 15%'],
  total: ['الإجمالي شامل الضريبة', 'Total incl. VAT'],
  paid: ['طريقة الدفع', 'Paid by'],
  ONLINE: ['دفع إلكتروني', 'Online'],
  CASH: ['نقدًا', 'Cash'],
  MADA: ['مدى', 'mada'],
  CARD: ['بطاقة', 'Card'],
} as const;

const sar = (halalas: number, lang: 'ar' | 'en') => new Intl.NumberFormat(lang === 'ar' ? 'ar-SA-u-nu-latn' : 'en', { style: 'currency', currency: 'SAR' }).format(halalas / 100);

function Pair({ label, children }: { label: keyof typeof LABEL; children?: [React.ReactNode, React.ReactNode] }) {
  return (
    <div className="invoice-pair">
      <div lang="ar"><strong>{LABEL[label][0]}</strong>{children && <> {children[0]}</>}</div>
      <div lang="en"><strong>{LABEL[label][1]}</strong>{children && <> {children[1]}</>}</div>
    </div>
  );
}

/** The QR library loads only here, with the invoice; it renders the ZATCA payload as an SVG image. */
function QrImage({ payload }: { payload: string }) {
  const intl = useIntl();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ renderSVG }) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(payload, { ecc: 'M', border: 2 }))}`);
    });
    return () => { live = false; };
  }, [payload]);
  return src ? <img className="invoice-qr" src={src} alt={intl.formatMessage({ id: 'invoice.qrAlt' })} data-qr={payload} /> : <div className="invoice-qr" />;
}

export function InvoicePage() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(InvoiceQuery, { variables: { id } });
  if (loading && !data) return <StatusMessage kind="loading" messageId="invoice.loading" />;
  if (!data?.invoice) return <StatusMessage kind="error" messageId="invoice.error" onRetry={error ? () => void refetch() : undefined} />;
  const doc = data.invoice;
  const zone = doc.booking.salon.timeZone;
  const at = (lang: 'ar' | 'en') => new Intl.DateTimeFormat(lang === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(doc.issuedAt));
  return (
    <article className="invoice card stack" aria-labelledby="invoice-title">
      <div className="actions no-print">
        <Button type="button" onClick={() => window.print()}>
          <FormattedMessage id="invoice.print" />
        </Button>
        <Button type="button" variant="link" onClick={() => window.history.back()}>
          <FormattedMessage id="invoice.back" />
        </Button>
      </div>
      <div className="invoice-head">
        <div className="stack">
          <h1 id="invoice-title" className="invoice-pair">
            <span lang="ar">{LABEL[doc.kind][0]}</span>
            <span lang="en">{LABEL[doc.kind][1]}</span>
          </h1>
          <Pair label="number">{[<bdi key="a" dir="ltr" lang="en" translate="no">{doc.reference}</bdi>, <bdi key="e">{doc.reference}</bdi>]}</Pair>
          <Pair label="date">{[at('ar'), at('en')]}</Pair>
          {doc.originalInvoice && <Pair label="original">{[<bdi key="a" dir="ltr" lang="en" translate="no">{doc.originalInvoice.reference}</bdi>, <bdi key="e">{doc.originalInvoice.reference}</bdi>]}</Pair>}
          {doc.reason && <Pair label="reason">{[<bdi key="a" dir="auto">{doc.reason}</bdi>, <bdi key="e" dir="auto">{doc.reason}</bdi>]}</Pair>}
        </div>
        <QrImage payload={doc.qrCode} />
      </div>
      <Pair label="seller">{[<span key="a" dir="auto">{doc.sellerNameAr}</span>, <span key="e" dir="auto">{doc.sellerNameEn}</span>]}</Pair>
      <p dir="auto" className="muted">{doc.sellerAddress}</p>
      {doc.vatNumber && <Pair label="vatNumber">{[<bdi key="a" dir="ltr">{doc.vatNumber}</bdi>, <bdi key="e">{doc.vatNumber}</bdi>]}</Pair>}
      <div className="invoice-table-wrap">
        <table>
          <thead>
            <tr>
              {(['item', 'quantity', 'price', 'vat'] as const).map((k) => (
                <th key={k} scope="col"><span lang="ar">{LABEL[k][0]}</span><span lang="en">{LABEL[k][1]}</span></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {doc.lines.map((line, i) => (
              <tr key={i}>
                <td><span lang="ar" dir="auto">{line.descriptionAr}</span><span lang="en" dir="auto">{line.descriptionEn}</span></td>
                <td className="num">{line.quantity}</td>
                <td className="num">{sar(line.totalHalalas, 'en')}</td>
                <td className="num">{sar(line.vatHalalas, 'en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pair label="excl">{[sar(doc.totalHalalas - doc.vatHalalas, 'ar'), sar(doc.totalHalalas - doc.vatHalalas, 'en')]}</Pair>
      <Pair label="vat">{[sar(doc.vatHalalas, 'ar'), sar(doc.vatHalalas, 'en')]}</Pair>
      <Pair label="total">{[<strong key="a" data-testid="invoice-total">{sar(doc.totalHalalas, 'ar')}</strong>, <strong key="e">{sar(doc.totalHalalas, 'en')}</strong>]}</Pair>
      <Pair label="paid">
        {[
          doc.paymentMeans.map((m) => `${LABEL[m.method][0]} ${sar(m.amountHalalas, 'ar')}`).join('، '),
          doc.paymentMeans.map((m) => `${LABEL[m.method][1]} ${sar(m.amountHalalas, 'en')}`).join(', '),
        ]}
      </Pair>
      <p className="muted no-print">{intl.formatMessage({ id: 'invoice.immutable' })}</p>
    </article>
  );
}
