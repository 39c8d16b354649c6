import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const DAY = 86_400_000;
const CREATE = 'mutation($input: CreateReviewInput!) { createReview(input: $input) { review { id } errors { code } } }';
const REPLY = 'mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { review { id reply { text createdAt editedAt } } errors { code field message } } }';
const EDIT = 'mutation($input: EditReviewInput!) { editReview(input: $input) { review { rating comment editedAt editableUntil } errors { code field message } } }';
const REPORT = 'mutation($input: ReportReviewInput!) { reportReview(input: $input) { review { reportedAt reportReason } errors { code field } } }';
const HIDE = 'mutation($input: HideReviewInput!) { hideReview(input: $input) { review { hiddenAt hiddenReason } errors { code field } } }';
const DISMISS = 'mutation($input: DismissReviewReportInput!) { dismissReviewReport(input: $input) { review { reportDismissedAt } errors { code field } } }';
const QUEUE = '{ reportedReviews(first: 20) { edges { node { id reportReason comment salon { id } customer { firstName } } } } }';
const LIST = 'query($id: ID!) { salon(id: $id) { reviewCount ratingAverage reviews(first: 50) { edges { node { id rating comment reply { text } } } } } }';

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('reviews after they are written: replies, edits, reports and moderation', () => {
  let t: TestServer;
  let s: Stage;
  let manager: string;
  let otherManager: string;
  let admin: string;
  let author: { id: string; token: string; phone: string };
  let stranger: { id: string; token: string; phone: string };
  let reviewId: string;
  let bookingId: string;
  const clock = testClock(new Date('2026-12-09T07:07:30Z'));

  /** The salon's figures as the database would compute them from its visible reviews. */
  const expectedFigures = async () => {
    const [row] = await sql(t, 'select count(*)::int as n, coalesce(round(avg(rating), 2), 0)::float as avg from reviews where salon_id = $1 and hidden_at is null', [s.salonId]);
    return { reviewCount: row.n, ratingAverage: row.avg };
  };
  /** Access tokens are short-lived by the same clock: sign everyone in again after moving it. */
  const signIn = async () => {
    manager = await signInAs(t, '+966500000001');
    otherManager = await signInAs(t, '+966500000101');
    admin = await signInAs(t, '+966500000009');
    author.token = await signInAs(t, author.phone);
    stranger.token = await signInAs(t, stranger.phone);
  };
  const listed = async () => (await t.gql(LIST, { id: s.salonId })).data.salon;

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    author = await newCustomer(t);
    stranger = await newCustomer(t);
    await signIn();
    bookingId = await insertBooking(t, s, author.id, 'COMPLETED', '2026-12-08T07:00:00.000Z');
    const res = await t.gql(CREATE, { input: { bookingId, rating: 2, comment: 'Rude at the desk' } }, { token: author.token });
    reviewId = res.data.createReview.review.id;
  });
  afterAll(() => t.stop());

  it("lets the salon's managers reply once and edit the reply; nobody else", async () => {
    const empty = await t.gql(REPLY, { input: { reviewId, text: '   ' } }, { token: manager });
    expect(empty.data.replyToReview).toMatchObject({ review: null, errors: [{ code: 'INVALID_INPUT', field: ['input', 'text'] }] });
    expect((await t.gql(REPLY, { input: { reviewId, text: 'x'.repeat(2001) } }, { token: manager })).data.replyToReview.errors[0].code).toBe('INVALID_INPUT');

    const first = await t.gql(REPLY, { input: { reviewId, text: 'نعتذر، سنتواصل معك.' } }, { token: manager });
    expect(first.data.replyToReview).toEqual({ review: { id: reviewId, reply: { text: 'نعتذر، سنتواصل معك.', createdAt: clock.now().toISOString(), editedAt: null } }, errors: [] });
    const repliedAt = clock.now().toISOString();
    clock.advance(60_000);
    const edited = await t.gql(REPLY, { input: { reviewId, text: 'We are sorry; we will call you.' } }, { token: manager });
    expect(edited.data.replyToReview.review.reply).toEqual({ text: 'We are sorry; we will call you.', createdAt: repliedAt, editedAt: clock.now().toISOString() });
    const [{ n }] = await sql(t, 'select count(*)::int as n from reviews where id = $1 and reply is not null', [reviewId]);
    expect(n).toBe(1);

    // The reply shows under the review on the salon's public page.
    const node = (await listed()).reviews.edges.find((e: any) => e.node.id === reviewId).node;
    expect(node.reply).toEqual({ text: 'We are sorry; we will call you.' });

    // Another salon's manager (IDOR), the author, an unknown id: FORBIDDEN; nobody signed in: UNAUTHENTICATED.
    expect(code(await t.gql(REPLY, { input: { reviewId, text: 'Ha' } }, { token: otherManager }))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPLY, { input: { reviewId, text: 'Ha' } }, { token: author.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPLY, { input: { reviewId: '00000000-0000-4000-8000-000000000000', text: 'Ha' } }, { token: manager }))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPLY, { input: { reviewId: 'not-a-uuid', text: 'Ha' } }, { token: manager }))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPLY, { input: { reviewId, text: 'Ha' } }))).toBe('UNAUTHENTICATED');
    expect((await sql(t, 'select reply from reviews where id = $1', [reviewId]))[0].reply).toBe('We are sorry; we will call you.');
  });

  it('lets the author edit for 14 days by the app clock, moving the salon rating in the same transaction', async () => {
    const bad = await t.gql(EDIT, { input: { reviewId, rating: 0 } }, { token: author.token });
    expect(bad.data.editReview).toMatchObject({ review: null, errors: [{ code: 'INVALID_INPUT', field: ['input', 'rating'] }] });
    expect(code(await t.gql(EDIT, { input: { reviewId, rating: 5 } }, { token: stranger.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(EDIT, { input: { reviewId, rating: 5 } }, { token: manager }))).toBe('FORBIDDEN');

    clock.advance(13 * DAY);
    await signIn();
    const ok = await t.gql(EDIT, { input: { reviewId, rating: 4, comment: ' Better after their call ' } }, { token: author.token });
    expect(ok.data.editReview.errors).toEqual([]);
    expect(ok.data.editReview.review).toMatchObject({ rating: 4, comment: 'Better after their call', editedAt: clock.now().toISOString() });
    const salon = await listed();
    expect({ reviewCount: salon.reviewCount, ratingAverage: salon.ratingAverage }).toEqual(await expectedFigures());

    // The author finds it on their booking, with the deadline.
    const mine = await t.gql('query($id: ID!) { booking(id: $id) { review { id rating editableUntil } } }', { id: bookingId }, { token: author.token });
    expect(mine.data.booking.review.rating).toBe(4);
    const until = new Date(mine.data.booking.review.editableUntil).getTime();
    clock.set(new Date(until + 1000));
    await signIn();
    // The message in the author's language: Latin digits in English, Arabic-Indic in Arabic.
    await sql(t, "update users set preferred_language = 'EN' where id = $1", [author.id]);
    const late = await t.gql(EDIT, { input: { reviewId, rating: 1 } }, { token: author.token });
    expect(late.data.editReview).toMatchObject({ review: null, errors: [{ code: 'REVIEW_EDIT_WINDOW_PASSED', field: ['input', 'reviewId'] }] });
    expect(late.data.editReview.errors[0].message).toMatch(/14/);
    await sql(t, "update users set preferred_language = 'AR' where id = $1", [author.id]);
    const ar = await t.gql(EDIT, { input: { reviewId, rating: 1 } }, { token: author.token });
    expect(ar.data.editReview.errors[0].message).toMatch(/١٤/);
    expect((await sql(t, 'select rating from reviews where id = $1', [reviewId]))[0].rating).toBe(4);
  });

  it('lets a manager report a review once; the administrators see the queue and nobody else', async () => {
    expect((await t.gql(REPORT, { input: { reviewId, reason: '' } }, { token: manager })).data.reportReview.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'reason'] }]);
    expect(code(await t.gql(REPORT, { input: { reviewId, reason: 'Abusive' } }, { token: otherManager }))).toBe('FORBIDDEN');
    expect(code(await t.gql(REPORT, { input: { reviewId, reason: 'Abusive' } }, { token: author.token }))).toBe('FORBIDDEN');
    const ok = await t.gql(REPORT, { input: { reviewId, reason: 'Insults our staff' } }, { token: manager });
    expect(ok.data.reportReview).toEqual({ review: { reportedAt: clock.now().toISOString(), reportReason: 'Insults our staff' }, errors: [] });
    expect((await t.gql(REPORT, { input: { reviewId, reason: 'Again' } }, { token: manager })).data.reportReview.errors).toEqual([{ code: 'REVIEW_ALREADY_REPORTED', field: ['input', 'reviewId'] }]);

    // Who reported and why is not public.
    const REASONS = 'query($id: ID!) { salon(id: $id) { reviews(first: 50) { edges { node { reportReason } } } } }';
    expect(code(await t.gql(REASONS, { id: s.salonId }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(REASONS, { id: s.salonId }, { token: stranger.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(REASONS, { id: s.salonId }, { token: otherManager }))).toBe('FORBIDDEN');
    expect(code(await t.gql(REASONS, { id: s.salonId }, { token: manager }))).toBeUndefined();
    for (const token of [manager, otherManager, author.token]) expect(code(await t.gql(QUEUE, {}, { token }))).toBe('FORBIDDEN');
    const queue = (await t.gql(QUEUE, {}, { token: admin })).data.reportedReviews.edges.map((e: any) => e.node);
    expect(queue).toEqual([{ id: reviewId, reportReason: 'Insults our staff', comment: 'Better after their call', salon: { id: s.salonId }, customer: { firstName: 'Test' } }]);
  });

  it('lets an administrator hide it with a reason: off the page and out of the rating in one transaction', async () => {
    const before = await listed();
    expect(code(await t.gql(HIDE, { input: { reviewId, reason: 'Abuse' } }, { token: manager }))).toBe('FORBIDDEN');
    expect((await t.gql(HIDE, { input: { reviewId, reason: ' ' } }, { token: admin })).data.hideReview.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'reason'] }]);
    const ok = await t.gql(HIDE, { input: { reviewId, reason: 'Personal insults' } }, { token: admin });
    expect(ok.data.hideReview).toEqual({ review: { hiddenAt: clock.now().toISOString(), hiddenReason: 'Personal insults' }, errors: [] });
    expect((await t.gql(HIDE, { input: { reviewId, reason: 'Again' } }, { token: admin })).data.hideReview.errors[0].code).toBe('REVIEW_HIDDEN');
    // The salon's audit log says who hid which review, when; the refused second attempt wrote nothing.
    expect(await sql(t, "select action, actor_id is not null as by_someone, salon_id, target_type, target_id, details from audit_log where action = 'REVIEW_MODERATION' and target_id = $1", [reviewId]))
      .toEqual([{ action: 'REVIEW_MODERATION', by_someone: true, salon_id: s.salonId, target_type: 'Review', target_id: reviewId, details: { decision: 'HIDDEN' } }]);

    const after = await listed();
    expect(after.reviews.edges.map((e: any) => e.node.id)).not.toContain(reviewId);
    expect(after.reviewCount).toBe(before.reviewCount - 1);
    expect({ reviewCount: after.reviewCount, ratingAverage: after.ratingAverage }).toEqual(await expectedFigures());
    expect((await t.gql(QUEUE, {}, { token: admin })).data.reportedReviews.edges).toEqual([]);

    // The author learns it was hidden and why; the salon can no longer reply to it.
    const mine = await t.gql('query($id: ID!) { booking(id: $id) { review { hiddenAt hiddenReason } } }', { id: bookingId }, { token: author.token });
    expect(mine.data.booking.review).toEqual({ hiddenAt: ok.data.hideReview.review.hiddenAt, hiddenReason: 'Personal insults' });
    expect((await t.gql(REPLY, { input: { reviewId, text: 'Hello' } }, { token: manager })).data.replyToReview.errors[0].code).toBe('REVIEW_HIDDEN');
    // A stranger cannot read another customer's review through their booking.
    expect(code(await t.gql('query($id: ID!) { booking(id: $id) { review { id } } }', { id: bookingId }, { token: stranger.token }))).toBe('FORBIDDEN');
  });

  it('lets an administrator dismiss a report: the review stays up and cannot be reported again', async () => {
    const [{ id: demoReview }] = await sql(t, 'select id from reviews where salon_id = $1 and hidden_at is null order by created_at limit 1', [s.salonId]);
    expect((await t.gql(DISMISS, { input: { reviewId: demoReview } }, { token: admin })).data.dismissReviewReport.errors[0].code).toBe('NOT_FOUND');
    await t.gql(REPORT, { input: { reviewId: demoReview, reason: 'Not a customer' } }, { token: manager });
    expect(code(await t.gql(DISMISS, { input: { reviewId: demoReview } }, { token: manager }))).toBe('FORBIDDEN');
    const ok = await t.gql(DISMISS, { input: { reviewId: demoReview } }, { token: admin });
    expect(ok.data.dismissReviewReport).toEqual({ review: { reportDismissedAt: clock.now().toISOString() }, errors: [] });
    expect(await sql(t, "select details from audit_log where action = 'REVIEW_MODERATION' and target_id = $1", [demoReview])).toEqual([{ details: { decision: 'REPORT_DISMISSED' } }]);
    expect((await listed()).reviews.edges.map((e: any) => e.node.id)).toContain(demoReview);
    expect((await t.gql(QUEUE, {}, { token: admin })).data.reportedReviews.edges).toEqual([]);
    expect((await t.gql(REPORT, { input: { reviewId: demoReview, reason: 'Again' } }, { token: manager })).data.reportReview.errors[0].code).toBe('REVIEW_ALREADY_REPORTED');
  });
});
