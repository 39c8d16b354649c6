import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { signInAs } from './auth';
import { stage, type Stage } from './booking-fixtures';
import { startS3Fake } from './fakes/s3-fake';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';
import { S3Storage } from '../src/modules/media/storage';

const REORDER = 'mutation($input: ReorderPhotosInput!) { reorderPhotos(input: $input) { photos { id position } errors { code field } } }';
const DELETE = 'mutation($input: DeletePhotoInput!) { deletePhoto(input: $input) { deletedPhotoId errors { code field } } }';
const CONSENT = 'mutation($input: SetStylistPhotoConsentInput!) { setStylistPhotoConsent(input: $input) { consent { granted recordedAt } errors { code } } }';
const GALLERY = 'query($id: ID!) { salon(id: $id) { photos { id url srcset width height position } services { id photos { id } } staff { id photoConsent photos { id srcset } } } }';
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

/** A generated picture: a diagonal gradient, `width` × `height`, in the format asked. */
async function picture(width: number, height: number, format: 'png' | 'jpeg' | 'webp' = 'png'): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    const i = (y * width + x) * 3;
    pixels[i] = (x * 255) / width;
    pixels[i + 1] = 120;
    pixels[i + 2] = (y * 255) / height;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).toFormat(format).toBuffer();
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('photos: upload by content, standard widths, storage, order and deletion', () => {
  let t: TestServer;
  let s: Stage;
  let manager: string;
  let otherManager: string;
  let receptionist: string;
  let stylist: string;
  let mediaDir: string;
  const clock = testClock(new Date('2026-12-09T07:07:30Z'));

  const upload = async (body: Buffer, query: Record<string, string>, token?: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.url}/media/photos?${new URLSearchParams(query)}`, {
      method: 'POST', body, headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-media-'));
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now }, env: { MEDIA_DIR: mediaDir, MEDIA_MAX_UPLOAD_BYTES: String(400 * 1024) } });
    s = await stage(t, 'Rose Touch Salon');
    manager = await signInAs(t, '+966500000001');
    otherManager = await signInAs(t, '+966500000101');
    receptionist = await signInAs(t, '+966500000004');
    stylist = await signInAs(t, '+966500000003');
  });
  afterAll(async () => {
    await t.stop();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it('takes a PNG from a manager, stores WebP files at standard widths and shows them with srcset and a year-long cache', async () => {
    const res = await upload(await picture(1200, 800), { salonId: s.salonId }, manager);
    expect(res.status).toBe(201);
    const photo = res.body.photo;
    expect(res.body.errors).toEqual([]);
    expect(photo).toMatchObject({ width: 1200, height: 800 });
    const widths = [...photo.srcset.matchAll(/ (\d+)w/g)].map((m: RegExpMatchArray) => Number(m[1]));
    expect(widths).toEqual([320, 640, 1024, 1200]);
    expect(filesUnder(mediaDir)).toHaveLength(4);

    const file = await fetch(`${t.url}${photo.url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/webp');
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
    expect({ format: meta.format, width: meta.width, exif: meta.exif }).toEqual({ format: 'webp', width: 1200, exif: undefined });
    expect((await fetch(`${t.url}/media/photos/nothing-here.webp`)).status).toBe(404);

    const gallery = (await t.gql(GALLERY, { id: s.salonId })).data.salon.photos;
    expect(gallery.at(-1)).toEqual({ id: photo.id, url: photo.url, srcset: photo.srcset, width: 1200, height: 800, position: gallery.length - 1 });
    // Demo pictures from before uploads keep their address and have no srcset.
    expect(gallery[0].srcset).toBeNull();
  });

  it('judges a file by its content: text named .jpg, a lying header or a truncated picture is refused, localised, storing nothing', async () => {
    const before = filesUnder(mediaDir).length;
    const [{ n: rowsBefore }] = await sql(t, 'select count(*)::int as n from salon_photos');
    const text = Buffer.from('This is not a photo, just text renamed to holiday.jpg\n');
    const named = { 'content-type': 'image/jpeg', 'content-disposition': 'attachment; filename="holiday.jpg"' };
    const ar = await upload(text, { salonId: s.salonId }, manager, named);
    expect(ar.status).toBe(422);
    expect(ar.body).toEqual({ photo: null, errors: [{ code: 'INVALID_IMAGE', field: ['file'], message: 'هذا الملف ليس صورة يمكن استخدامها. اختر صورة بصيغة JPEG أو PNG أو WebP.' }] });
    // In the manager's language: English once they chose it.
    await sql(t, "update users set preferred_language = 'EN' where phone_number = '+966500000001'");
    const en = await upload(text, { salonId: s.salonId }, manager, named);
    await sql(t, "update users set preferred_language = 'AR' where phone_number = '+966500000001'");
    expect(en.body.errors[0].message).toBe('This file is not a photo we can use. Choose a JPEG, PNG or WebP picture.');
    const png = await picture(200, 100);
    const cases = [
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('garbage after a PNG signature')]),
      png.subarray(0, Math.floor(png.length / 2)),
      Buffer.alloc(0),
    ];
    for (const body of cases) {
      const res = await upload(body, { salonId: s.salonId }, manager, { 'content-type': 'image/png' });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].code).toBe('INVALID_IMAGE');
    }
    expect(filesUnder(mediaDir)).toHaveLength(before);
    expect((await sql(t, 'select count(*)::int as n from salon_photos'))[0].n).toBe(rowsBefore);
  });

  it('caps the size before decoding, with or without a Content-Length', async () => {
    const big = Buffer.alloc(500 * 1024, 7);
    const res = await upload(big, { salonId: s.salonId }, manager, { 'accept-language': 'en' });
    expect(res.status).toBe(413);
    expect(res.body.errors[0]).toMatchObject({ code: 'IMAGE_TOO_LARGE', field: ['file'] });
    // Streamed in chunks with no length announced.
    const stream = new ReadableStream({ start(c) { for (let i = 0; i < 10; i++) c.enqueue(new Uint8Array(64 * 1024)); c.close(); } });
    const chunked = await fetch(`${t.url}/media/photos?salonId=${s.salonId}`, { method: 'POST', body: stream, duplex: 'half', headers: { authorization: `Bearer ${manager}` } } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as any).errors[0].code).toBe('IMAGE_TOO_LARGE');
  });

  it("is for the salon's managers only: 401 without a token, 403 for another salon's manager (IDOR), its receptionist or stylist", async () => {
    const png = await picture(100, 100);
    const before = filesUnder(mediaDir).length;
    expect((await upload(png, { salonId: s.salonId })).status).toBe(401);
    expect((await upload(png, { salonId: s.salonId }, 'not-a-token')).status).toBe(401);
    for (const token of [otherManager, receptionist, stylist]) {
      const res = await upload(png, { salonId: s.salonId }, token);
      expect(res.status).toBe(403);
      expect(res.body.errors[0].code).toBe('FORBIDDEN');
    }
    expect((await upload(png, { salonId: 'x' }, manager)).status).toBe(400);
    expect((await upload(png, { salonId: s.salonId, other: '1' }, manager)).status).toBe(400);
    expect(filesUnder(mediaDir)).toHaveLength(before);
  });

  it("files photos of a service with the service, and of a stylist only with the stylist's own consent", async () => {
    const png = await picture(700, 700);
    const [{ id: foreignService }] = await sql(t, 'select id from services where salon_id <> $1 limit 1', [s.salonId]);
    expect((await upload(png, { salonId: s.salonId, serviceId: foreignService }, manager)).body.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['serviceId'] });
    const service = await upload(png, { salonId: s.salonId, serviceId: s.serviceId }, manager);
    expect(service.status).toBe(201);
    let salon = (await t.gql(GALLERY, { id: s.salonId })).data.salon;
    expect(salon.services.find((x: any) => x.id === s.serviceId).photos).toEqual([{ id: service.body.photo.id }]);
    expect(salon.photos.map((p: any) => p.id)).not.toContain(service.body.photo.id);

    const refused = await upload(png, { salonId: s.salonId, staffMemberId: s.staffId }, manager, { 'accept-language': 'en' });
    expect(refused.body.errors[0]).toMatchObject({ code: 'STYLIST_CONSENT_REQUIRED', field: ['staffMemberId'] });
    expect(code(await t.gql(CONSENT, { input: { granted: true } }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(CONSENT, { input: { granted: true } }, { token: stylist })).data.setStylistPhotoConsent).toEqual({ consent: { granted: true, recordedAt: clock.now().toISOString() }, errors: [] });
    const ok = await upload(png, { salonId: s.salonId, staffMemberId: s.staffId }, manager);
    expect(ok.status).toBe(201);
    salon = (await t.gql(GALLERY, { id: s.salonId })).data.salon;
    expect(salon.staff.find((x: any) => x.id === s.staffId)).toMatchObject({ photoConsent: true, photos: [{ id: ok.body.photo.id }] });

    // Withdrawing deletes the photos of them, files included.
    const files = await sql(t, 'select storage_keys from salon_photos where id = $1', [ok.body.photo.id]);
    clock.advance(60_000);
    await t.gql(CONSENT, { input: { granted: false } }, { token: stylist });
    salon = (await t.gql(GALLERY, { id: s.salonId })).data.salon;
    expect(salon.staff.find((x: any) => x.id === s.staffId)).toMatchObject({ photoConsent: false, photos: [] });
    for (const key of files[0].storage_keys) expect(fs.existsSync(path.join(mediaDir, key))).toBe(false);
  });

  it('reorders and deletes photos for the salon managers only, removing the files with the row', async () => {
    const png = await picture(400, 300);
    const a = (await upload(png, { salonId: s.salonId }, manager)).body.photo;
    const b = (await upload(png, { salonId: s.salonId }, manager)).body.photo;
    const ids = (await t.gql(GALLERY, { id: s.salonId })).data.salon.photos.map((p: any) => p.id);
    const reversed = [...ids].reverse();
    expect(code(await t.gql(REORDER, { input: { salonId: s.salonId, photoIds: reversed } }, { token: otherManager }))).toBe('FORBIDDEN');
    expect((await t.gql(REORDER, { input: { salonId: s.salonId, photoIds: [ids[0], ids[0]] } }, { token: manager })).data.reorderPhotos.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'photoIds'] }]);
    const [{ id: foreign }] = await sql(t, 'select id from salon_photos where salon_id <> $1 limit 1', [s.salonId]);
    expect((await t.gql(REORDER, { input: { salonId: s.salonId, photoIds: [ids[0], foreign] } }, { token: manager })).data.reorderPhotos.errors[0].code).toBe('INVALID_INPUT');
    const ok = await t.gql(REORDER, { input: { salonId: s.salonId, photoIds: reversed } }, { token: manager });
    expect(ok.data.reorderPhotos.errors).toEqual([]);
    expect((await t.gql(GALLERY, { id: s.salonId })).data.salon.photos.map((p: any) => p.id)).toEqual(reversed);

    expect(code(await t.gql(DELETE, { input: { photoId: a.id } }, { token: otherManager }))).toBe('FORBIDDEN');
    expect(code(await t.gql(DELETE, { input: { photoId: a.id } }, { token: receptionist }))).toBe('FORBIDDEN');
    const [{ storage_keys: keys }] = await sql(t, 'select storage_keys from salon_photos where id = $1', [a.id]);
    expect(keys.length).toBeGreaterThan(0);
    expect((await t.gql(DELETE, { input: { photoId: a.id } }, { token: manager })).data.deletePhoto).toEqual({ deletedPhotoId: a.id, errors: [] });
    for (const key of keys) expect(fs.existsSync(path.join(mediaDir, key))).toBe(false);
    expect((await fetch(`${t.url}${a.url}`)).status).toBe(404);
    expect((await t.gql(GALLERY, { id: s.salonId })).data.salon.photos.map((p: any) => p.id)).not.toContain(a.id);
    expect((await fetch(`${t.url}${b.url}`)).status).toBe(200);
  });

  it('leaves no files behind when the database refuses the row', async () => {
    const before = filesUnder(mediaDir).length;
    await sql(t, `create function refuse_photo() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$;
      create trigger refuse_photo before insert on salon_photos for each row execute function refuse_photo();`);
    try {
      const res = await upload(await picture(800, 600), { salonId: s.salonId }, manager);
      expect(res.status).toBe(500);
      expect(filesUnder(mediaDir)).toHaveLength(before);
    } finally {
      await sql(t, 'drop trigger refuse_photo on salon_photos; drop function refuse_photo();');
    }
  });
});

describe('photos in an S3-compatible bucket (a fake S3 on 127.0.0.1 checking SigV4)', () => {
  const creds = { bucket: 'salon-photos', region: 'me-central-1', accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret-key-0123456789' };
  let s3: Awaited<ReturnType<typeof startS3Fake>>;
  let t: TestServer;
  const clock = testClock(new Date('2026-12-09T07:07:30Z'));

  beforeAll(async () => {
    s3 = await startS3Fake(creds);
    t = await startTestServer({
      seedDemo: true, overrides: { now: clock.now },
      env: { MEDIA_STORAGE: 's3', S3_ENDPOINT: s3.url, S3_BUCKET: creds.bucket, S3_REGION: creds.region, S3_ACCESS_KEY_ID: creds.accessKeyId, S3_SECRET_ACCESS_KEY: creds.secretAccessKey },
    });
  });
  afterAll(async () => {
    await t.stop();
    await s3.stop();
  });

  it('signs PUT and DELETE so S3 accepts them, and S3 refuses a wrong secret', async () => {
    const good = new S3Storage({ endpoint: s3.url, region: creds.region, bucket: creds.bucket, accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, timeoutSeconds: 5, now: clock.now });
    await good.put('photos/a/b-320-abc.webp', Buffer.from('x'), 'image/webp');
    expect(s3.objects.get('photos/a/b-320-abc.webp')?.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await good.delete('photos/a/b-320-abc.webp');
    expect(s3.objects.has('photos/a/b-320-abc.webp')).toBe(false);
    const bad = new S3Storage({ endpoint: s3.url, region: creds.region, bucket: creds.bucket, accessKeyId: creds.accessKeyId, secretAccessKey: 'wrong', timeoutSeconds: 5, now: clock.now });
    await expect(bad.put('photos/a/c.webp', Buffer.from('x'), 'image/webp')).rejects.toThrow(/403.*SignatureDoesNotMatch/);
  });

  it('uploads through the server into the bucket, and stores no row (and keeps no file) when the bucket fails part way', async () => {
    const s = await stage(t, 'Rose Touch Salon');
    const manager = await signInAs(t, '+966500000001');
    const post = () => picture(900, 600).then((body) => fetch(`${t.url}/media/photos?salonId=${s.salonId}`, { method: 'POST', body, headers: { authorization: `Bearer ${manager}` } }));
    const ok = await post();
    expect(ok.status).toBe(201);
    const photo = ((await ok.json()) as any).photo;
    expect(photo.url).toMatch(new RegExp(`^${s3.url}/${creds.bucket}/photos/${s.salonId}/`));
    // 900 pixels wide: 320, 640 and the original 900.
    expect(s3.objects.size).toBe(3);

    const [{ n: rows }] = await sql(t, 'select count(*)::int as n from salon_photos');
    s3.state.failPuts = 1;
    expect((await post()).status).toBe(500);
    expect(s3.objects.size).toBe(3);
    expect(s3.log.filter((r) => r.method === 'DELETE').length).toBeGreaterThan(0);
    expect((await sql(t, 'select count(*)::int as n from salon_photos'))[0].n).toBe(rows);
  });
});
