import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** The widths every upload is re-encoded to (never wider than the original); the browser picks one from srcset. */
export const PHOTO_WIDTHS = [320, 640, 1024, 1600] as const;
/** Larger pictures are refused before decoding a pixel (a "decompression bomb" is small on the wire). */
const MAX_INPUT_PIXELS = 40_000_000;

export type ImageFormat = 'jpeg' | 'png' | 'webp';

/** What the bytes say they are, from their magic numbers; the name and the Content-Type are not trusted. */
export function sniffImage(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

export interface Rendition {
  width: number;
  height: number;
  body: Buffer;
  /** The first 16 hex digits of the file's SHA-256, put in its name so the address changes with the content. */
  hash: string;
}

export class InvalidImage extends Error {}

/**
 * Checks an upload by its content and re-encodes it: the magic bytes must say JPEG, PNG or WebP and the decoder
 * must agree and read the whole picture. Each width is a fresh WebP, turned upright by its EXIF orientation and
 * without any metadata (no camera, no location).
 */
export async function renderPhoto(bytes: Buffer): Promise<Rendition[]> {
  const sniffed = sniffImage(bytes);
  if (!sniffed) throw new InvalidImage('not a JPEG, PNG or WebP file');
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).metadata();
  } catch {
    throw new InvalidImage('the decoder could not read it');
  }
  if (meta.format !== sniffed || !meta.width || !meta.height) throw new InvalidImage(`decoder says ${meta.format}, bytes say ${sniffed}`);
  // Upright width: EXIF orientations 5–8 swap the sides.
  const uprightWidth = (meta.orientation ?? 1) >= 5 ? meta.height : meta.width;
  const widths = PHOTO_WIDTHS.filter((w) => w < uprightWidth);
  if (widths.length < PHOTO_WIDTHS.length) widths.push(Math.min(uprightWidth, PHOTO_WIDTHS.at(-1)!) as never);
  try {
    return await Promise.all(
      [...new Set<number>(widths)].map(async (width) => {
        const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
          .rotate()
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, body: data, hash: createHash('sha256').update(data).digest('hex').slice(0, 16) };
      }),
    );
  } catch {
    throw new InvalidImage('the decoder failed part way');
  }
}
