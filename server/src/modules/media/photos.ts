import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { SalonPhoto } from '../catalog/photo-review.entity';
import { InvalidImage, renderPhoto } from './images';
import './media.messages';

const uuid = z.string().uuid();
/** What the upload names: the salon, and at most one of its services or stylists. Checked before any SQL. */
export const uploadTarget = z.object({
  salonId: uuid,
  serviceId: uuid.optional(),
  staffMemberId: uuid.optional(),
}).strict();
export type UploadTarget = z.infer<typeof uploadTarget>;

const fail = (code: UserErrorCode, key: string, field: string[] | null, params: Record<string, string | number> = {}) => new BusinessError(code, key, field, params);

/** The latest STYLIST_PHOTOS choice of the person, in the transaction (`for share` on their staff rows keeps it). */
async function hasPhotoConsent(tx: EntityManager, userId: string): Promise<boolean> {
  const [latest] = await execute<{ granted: boolean }>(tx,
    "select granted from consents where user_id = ? and purpose = 'STYLIST_PHOTOS' order by recorded_at desc, id desc limit 1", [userId]);
  return latest?.granted ?? false;
}

async function removeFiles(app: AppServices, keys: string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => app.media.delete(key)));
  const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [keys[i]] : []));
  // Nothing points at these files any more; a later sweep of the prefix can remove what was left.
  if (failed.length) app.logger.error({ event: 'media.delete_failed', keys: failed }, 'Photo files could not be deleted');
}

/**
 * A manager's upload: checked by content, re-encoded at standard widths, stored, then recorded. Files first, row
 * second: if storing any file fails the others are removed and no row is written; if the row cannot be written
 * the files are removed. So there is never a row without its files, nor files without their row.
 */
export async function uploadPhoto(app: AppServices, em: EntityManager, target: UploadTarget, bytes: Buffer): Promise<SalonPhoto> {
  if (target.serviceId && target.staffMemberId) throw fail(UserErrorCode.INVALID_INPUT, 'media.oneSubject', ['staffMemberId']);
  await checkSubject(em, target);
  let renditions;
  try {
    renditions = await renderPhoto(bytes);
  } catch (err) {
    if (err instanceof InvalidImage) throw fail(UserErrorCode.INVALID_IMAGE, 'media.invalidImage', ['file']);
    throw err;
  }
  const id = randomUUID();
  const stored = renditions.map((r) => ({ ...r, key: `photos/${target.salonId}/${id}-${r.width}-${r.hash}.webp` }));
  const keys = stored.map((r) => r.key);
  const puts = await Promise.allSettled(stored.map((r) => app.media.put(r.key, r.body, 'image/webp')));
  const failedPut = puts.find((p): p is PromiseRejectedResult => p.status === 'rejected');
  if (failedPut) {
    await removeFiles(app, keys);
    throw failedPut.reason;
  }
  try {
    return await em.transactional(async (tx) => {
      // One upload at a time per salon, so positions never collide; the stylist's consent cannot be withdrawn meanwhile.
      await execute(tx, 'select id from salons where id = ? for no key update', [target.salonId]);
      await checkSubject(tx, target, true);
      const [{ next }] = await execute<{ next: number }>(tx,
        `select coalesce(max(position) + 1, 0)::int as next from salon_photos where salon_id = ?
           and service_id is not distinct from ? and staff_id is not distinct from ?`,
        [target.salonId, target.serviceId ?? null, target.staffMemberId ?? null]);
      const largest = stored.reduce((a, b) => (b.width > a.width ? b : a));
      return tx.create(SalonPhoto, {
        id, salon: target.salonId, service: target.serviceId ?? null, staff: target.staffMemberId ?? null, position: next,
        url: app.media.urlOf(largest.key), width: largest.width, height: largest.height, storageKeys: keys,
        srcset: [...stored].sort((a, b) => a.width - b.width).map((r) => `${app.media.urlOf(r.key)} ${r.width}w`).join(', '),
      });
    });
  } catch (err) {
    await removeFiles(app, keys);
    throw err;
  }
}

/** The service or stylist belongs to the salon; a stylist has agreed to photos (locked in the transaction). */
async function checkSubject(em: EntityManager, target: UploadTarget, locked = false): Promise<void> {
  if (target.serviceId) {
    const [service] = await execute(em, 'select id from services where id = ? and salon_id = ?', [target.serviceId, target.salonId]);
    if (!service) throw fail(UserErrorCode.NOT_FOUND, 'media.subjectNotFound', ['serviceId']);
  }
  if (target.staffMemberId) {
    const [staff] = await execute<{ user_id: string }>(em,
      `select user_id from staff_members where id = ? and salon_id = ?${locked ? ' for share' : ''}`, [target.staffMemberId, target.salonId]);
    if (!staff) throw fail(UserErrorCode.NOT_FOUND, 'media.subjectNotFound', ['staffMemberId']);
    if (!(await hasPhotoConsent(em, staff.user_id))) throw fail(UserErrorCode.STYLIST_CONSENT_REQUIRED, 'media.consentRequired', ['staffMemberId']);
  }
}

/**
 * The salon's photos in a new order: every id must be one of its photos, each once. Positions follow the list
 * (the salon's gallery, each service's and each stylist's keep their relative order).
 */
export async function reorderPhotos(app: AppServices, em: EntityManager, input: { salonId: string; photoIds: string[] }): Promise<SalonPhoto[]> {
  const ids = input.photoIds;
  if (ids.length === 0 || ids.length > 200 || new Set(ids).size !== ids.length || !ids.every((id) => uuid.safeParse(id).success)) {
    throw fail(UserErrorCode.INVALID_INPUT, 'media.reorder', ['input', 'photoIds']);
  }
  return em.transactional(async (tx) => {
    await execute(tx, 'select id from salons where id = ? for no key update', [input.salonId]);
    const photos = await tx.find(SalonPhoto, { id: { $in: ids }, salon: input.salonId });
    if (photos.length !== ids.length) throw fail(UserErrorCode.INVALID_INPUT, 'media.reorder', ['input', 'photoIds']);
    const byId = new Map(photos.map((p) => [p.id, p]));
    ids.forEach((id, position) => (byId.get(id)!.position = position));
    return ids.map((id) => byId.get(id)!);
  });
}

/** Deletes the row, then (after the commit) its files: a failed file deletion leaves an unreachable file, never a broken photo. */
export async function deletePhoto(app: AppServices, em: EntityManager, photoId: string): Promise<string> {
  const keys = await em.transactional(async (tx) => {
    const photo = await tx.findOne(SalonPhoto, { id: photoId });
    if (!photo) throw fail(UserErrorCode.NOT_FOUND, 'media.notFound', ['input', 'photoId']);
    tx.remove(photo);
    return photo.storageKeys;
  });
  await removeFiles(app, keys);
  return photoId;
}

/**
 * The stylist's own choice about photos of them, recorded with when and where like marketing consent. Withdrawing
 * deletes the photos of them at every salon, in the same transaction (their files after it).
 */
export async function setStylistPhotoConsent(app: AppServices, em: EntityManager, userId: string, granted: boolean): Promise<{ granted: boolean; recordedAt: Date }> {
  const at = app.now();
  const keys = await em.transactional(async (tx) => {
    await execute(tx, 'select id from staff_members where user_id = ? for update', [userId]);
    await execute(tx, "insert into consents (id, user_id, purpose, granted, source, recorded_at) values (?, ?, 'STYLIST_PHOTOS', ?, 'STAFF_PROFILE', ?)", [randomUUID(), userId, granted, at]);
    if (granted) return [];
    const removed = await execute<{ storage_keys: string[] }>(tx,
      'delete from salon_photos where staff_id in (select id from staff_members where user_id = ?) returning storage_keys', [userId]);
    return removed.flatMap((r) => r.storage_keys);
  });
  await removeFiles(app, keys);
  return { granted, recordedAt: at };
}

