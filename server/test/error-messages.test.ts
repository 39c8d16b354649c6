import fs from 'node:fs';
import path from 'node:path';
import { BusinessError, UserErrorCode } from '../src/graphql/errors';
import { messages } from '../src/i18n/messages';
// Loads every module, so their message fragments are registered.
import '../src/graphql/schema';

/**
 * Every business failure a screen can receive reaches a person as its payload's `message`. This audit reads the
 * source for every message key a `BusinessError` (or a module's `invalid(...)` shorthand for one) is raised with,
 * and holds each to the same bar: written in both languages, and telling the person what to do next, not only
 * what went wrong. A new error with a bare "This cannot be done." fails here.
 */
const src = path.join(__dirname, '..', 'src');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []));

const raisedWith = new Map<string, string>();
const codesRaised = new Set<string>();
for (const file of files(src)) {
  const text = fs.readFileSync(file, 'utf8');
  // A module's shorthand for raising one, e.g. `const fail = (code, key, field) => new BusinessError(code, key, field)`.
  const shorthands = [...text.matchAll(/const (\w+) = \([^)]*\)(?:: \w+)? => new BusinessError\(/g)].map((m) => m[1]);
  const raising = new RegExp(`BusinessError\\(|new \\w+Error\\('|super\\(UserErrorCode|\\b(?:invalid\\w*${shorthands.map((n) => `|${n}`).join('')})\\(`);
  for (const line of text.split('\n')) {
    if (!raising.test(line)) continue;
    for (const [, key] of line.matchAll(/'([a-z][\w-]*\.[a-zA-Z][\w.]*)'/g)) raisedWith.set(key, path.relative(src, file));
    for (const [, code] of line.matchAll(/UserErrorCode\.([A-Z_]+)/g)) codesRaised.add(code);
  }
}

// A next step: a sentence (or clause) that tells the reader what to do.
const NEXT_STEP = /(^|[.:;,?!]\s*|\bor\s+|\bthen\s+)(please\s+)?(choose|pick|enter|give|send|use|try|call|wait|sign|ask|check|reload|refresh|make|finish|start|say|confirm|pay|shorten|remove|add|open|contact|select|leave|book|keep|write|set|type|change|verify|accept|refund|split|fill|find|join|list|cancel)\b|\b(you|they) can\b|\bthey join\b/i;
// Brands are written as their owners write them; everything else in Arabic is Arabic.
const ARABIC_LATIN_ALLOWED = /STC Pay|Apple Pay|mada|Moyasar|WhatsApp|SMS|ZATCA|PNG|JPEG|WebP|Asia\/Riyadh|\{\w+\}/g;

describe('business error messages', () => {
  const keys = [...raisedWith.keys()].sort();

  it('are found in the source (the audit reads real call sites)', () => {
    expect(keys.length).toBeGreaterThan(40);
  });

  it.each(keys)('%s exists in Arabic and English', (key) => {
    expect({ key, file: raisedWith.get(key), en: Boolean(messages.en[key]), ar: Boolean(messages.ar[key]) }).toEqual({ key, file: raisedWith.get(key), en: true, ar: true });
  });

  it.each(keys)('%s tells the person what to do next', (key) => {
    expect({ key, message: messages.en[key], hasNextStep: NEXT_STEP.test(messages.en[key] ?? '') }).toEqual({ key, message: messages.en[key], hasNextStep: true });
  });

  it.each(keys)('%s is written in Arabic script in Arabic', (key) => {
    // As a payload carries it: numbers (limits, amounts) come out in Arabic-Indic digits.
    const { message } = new BusinessError(UserErrorCode.INVALID_INPUT, key).toUserError('ar');
    const latin = message.replace(ARABIC_LATIN_ALLOWED, '').match(/[A-Za-z]+|[0-9]+/g);
    expect({ key, latin }).toEqual({ key, latin: null });
  });

  it('cover every code of the contract: each UserErrorCode is raised somewhere with a message', () => {
    const unused = Object.values(UserErrorCode).filter((code) => !codesRaised.has(code));
    expect(unused).toEqual([]);
  });
});
