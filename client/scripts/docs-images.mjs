// `node client/scripts/docs-images.mjs`: refreshes the screenshots in docs/images from the browser suite's
// (client/e2e/screenshots, written by `npm run test:e2e`): the top of each screen, as WebP small enough for git.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const from = path.join(root, 'client', 'e2e', 'screenshots');
const to = path.join(root, 'docs', 'images');

/** The screens docs/web.md shows: file in the suite, and how much of the page's height to keep (px). */
const SCREENS = {
  'home-ar-SA-390': 1400, 'home-en-1280': 900, 'salon-ar-SA-390': 1600, 'pay-ar-SA': 1400, 'bookings-en-390': 1400,
  'visit-en-390': 1600, 'waitlist-offer-en': 900,
  'manage-ar-SA-1280': 1200, 'reports-ar': 1400, 'invoice-print-ar': 1400, 'staff-en-1280': 900,
};

for (const [name, height] of Object.entries(SCREENS)) {
  const source = path.join(from, `${name}.png`);
  if (!fs.existsSync(source)) throw new Error(`${source} is missing: run npm run test:e2e first`);
  const { width, height: full } = await sharp(source).metadata();
  await sharp(source).extract({ left: 0, top: 0, width, height: Math.min(height, full) }).webp({ quality: 80 }).toFile(path.join(to, `${name}.webp`));
  console.log(`docs/images/${name}.webp`);
}
