import { randomUUID } from 'node:crypto';
import type { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { book, type Stage } from './booking-fixtures';
import type { TestServer } from './harness';

type Simulator = Awaited<ReturnType<typeof startMoyasarSimulator>>;

const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { id transactionUrl } errors { code } } }';

/** Settings for a test server paying through the local simulator. */
export const SIM_KEYS = { secretKey: 'sk_test_abc', publishableKey: 'pk_test_abc', webhookSecret: 'whsec_test', webhookRetryDelaysMs: [50] };
export const simEnv = (sim: Simulator) => ({ MOYASAR_SECRET_KEY: 'sk_test_abc', MOYASAR_PUBLISHABLE_KEY: 'pk_test_abc', MOYASAR_WEBHOOK_SECRET: 'whsec_test', MOYASAR_BASE_URL: sim.url, MOYASAR_TIMEOUT_SECONDS: '1' });

/** Books in a prepayment salon and pays with the simulator's approving test card through 3-D Secure. */
export async function paidBooking(t: TestServer, sim: Simulator, s: Stage, customerToken: string, startsAt: string, cardHolder = 'Sara Alharbi') {
  const { booking } = await book(t, customerToken, s, { startsAt });
  const token = (await (await fetch(`${sim.url}/v1/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ publishable_api_key: 'pk_test_abc', name: cardHolder, number: '4111111111111111', month: 12, year: 2030, cvc: '123' }) })).json()) as { id: string };
  const started = (await t.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: token.id }, idempotencyKey: randomUUID() } }, { token: customerToken })).data.startPayment;
  const redirect = await fetch(started.payment.transactionUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
  const callback = new URL(redirect.headers.get('location')!);
  await fetch(`${t.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
  return { booking, paymentId: started.payment.id as string };
}
