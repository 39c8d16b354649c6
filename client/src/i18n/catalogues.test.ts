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

  it('write Arabic in Arabic: no Western digits or Latin letters outside the placeholders', () => {
    // Each exception is text that is Latin on purpose.
    const latinOnPurpose: Record<string, string> = {
      'nav.language': 'the other language\'s name, written in it',
      'nav.languageLabel': 'the other language\'s name, written in it',
      'profile.english': 'the other language\'s name, written in it',
      'pay.cvc': 'the code is printed on the card under this Latin name',
      'pay.expiryPlaceholder': 'the expiry is printed on the card as MM/YY',
    };
    const withoutArguments = (text: string) => {
      let out = text;
      // ICU arguments nest ({count, plural, one {...}}): strip the innermost until none is left, keeping plural texts.
      for (let before = ''; before !== out; ) {
        before = out;
        out = out.replace(/\{(\w+)(?:, *\w+)?\}/g, '').replace(/\{\w+, *(?:plural|select|selectordinal),((?:[^{}]|\{[^{}]*\})*)\}/g, (_m, branches: string) => branches.replace(/[=\w]+ *\{([^{}]*)\}/g, ' $1 '));
      }
      return out.replace(/#/g, '');
    };
    // Payment brands keep their Latin marks in Arabic interfaces too (their own usage rules ask for it).
    const brands = /Apple Pay|STC Pay|Visa|Mastercard|American Express/g;
    const offending = Object.entries(catalogues['ar-SA'])
      .filter(([id]) => !(id in latinOnPurpose))
      .filter(([, text]) => /[0-9A-Za-z]/.test(withoutArguments(text).replace(brands, '')))
      .map(([id, text]) => `${id}: ${text}`);
    expect(offending).toEqual([]);
  });
});
