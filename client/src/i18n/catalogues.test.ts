import fs from 'node:fs';
import path from 'node:path';
import { catalogues } from './catalogues';

describe('message catalogues', () => {
  const ar = Object.keys(catalogues['ar-SA']);
  const en = Object.keys(catalogues.en);

  it('have the same keys in Arabic and English', () => {
    expect(ar.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !ar.includes(k))).toEqual([]);
  });

  it('cover every message id the components use', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'gql') walk(file);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name)) {
          for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:FormattedMessage\s+id|formatMessage\(\{\s*id|messageId)[=:]\s*\{?\s*["']([\w.-]+)["']/g)) used.add(m[1]);
        }
      }
    };
    walk(path.join(__dirname, '..'));
    expect([...used].filter((id) => !en.includes(id))).toEqual([]);
  });
});
