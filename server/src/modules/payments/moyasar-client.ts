/** The parts of Moyasar's payment object we read. */
export interface MoyasarPayment {
  id: string;
  status: 'initiated' | 'paid' | 'failed' | 'authorized' | 'captured' | 'refunded' | 'voided' | 'verified';
  amount: number;
  refunded: number;
  captured: number;
  currency: string;
  /** `token`: the saved card (ADR 0026), a secret kept out of every stored copy of a report. */
  source: { type?: string; company?: string; number?: string; message?: string | null; transaction_url?: string | null; token?: string | null };
  metadata?: Record<string, string>;
  [key: string]: unknown;
}

export class MoyasarError extends Error {
  constructor(readonly status: number, readonly type: string, message: string, readonly errors: unknown = null) {
    super(message);
  }
}

/** The provider did not answer in time or at all: the outcome is unknown and must be reconciled. */
export class MoyasarUnavailable extends Error {}

export interface MoyasarOptions {
  baseUrl: string;
  secretKey: string;
  timeoutSeconds: number;
}

/** Moyasar's REST API (v1): Basic auth with the secret key as the user name and an empty password. */
export class MoyasarClient {
  constructor(private readonly options: MoyasarOptions) {}

  private async call<T>(method: string, path: string, body?: unknown, url = `${this.options.baseUrl.replace(/\/$/, '')}/v1${path}`): Promise<T> {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          authorization: `Basic ${Buffer.from(`${this.options.secretKey}:`).toString('base64')}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutSeconds * 1000),
      });
    } catch (err) {
      throw new MoyasarUnavailable(`Moyasar ${method} ${path}: ${String(err)}`);
    }
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (res.status >= 500) throw new MoyasarUnavailable(`Moyasar ${method} ${path} answered ${res.status}`);
    if (!res.ok) throw new MoyasarError(res.status, String(json.type ?? 'api_error'), String(json.message ?? res.statusText), json.errors ?? null);
    return json as T;
  }

  /** 201 even for a decline; `status` tells the outcome. */
  create(body: Record<string, unknown>): Promise<MoyasarPayment> {
    return this.call('POST', '/payments', body);
  }

  fetch(id: string): Promise<MoyasarPayment> {
    return this.call('GET', `/payments/${encodeURIComponent(id)}`);
  }

  refund(id: string, amount?: number): Promise<MoyasarPayment> {
    return this.call('POST', `/payments/${encodeURIComponent(id)}/refund`, amount === undefined ? {} : { amount });
  }

  capture(id: string, amount?: number): Promise<MoyasarPayment> {
    return this.call('POST', `/payments/${encodeURIComponent(id)}/capture`, amount === undefined ? {} : { amount });
  }

  /** STC Pay: the code the payer received, POSTed to the payment's `source.transaction_url`. */
  submitOtp(transactionUrl: string, otp: string): Promise<MoyasarPayment> {
    return this.call('POST', '/stcpay/otp', { otp_value: otp }, transactionUrl);
  }

  void(id: string): Promise<MoyasarPayment> {
    return this.call('POST', `/payments/${encodeURIComponent(id)}/void`, {});
  }
}
