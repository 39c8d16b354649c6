import path from 'node:path';

/** The repository root, whether running from `src/` (ts) or `dist/` (compiled). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
