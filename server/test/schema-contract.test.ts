import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSchemaFile } from '../src/graphql/emit-schema';
import { repoRoot } from '../src/db/paths';

describe('schema.graphql contract', () => {
  it('matches the code', () => {
    const { ok, diff } = checkSchemaFile();
    expect(diff).toBe('');
    expect(ok).toBe(true);
  });

  it('catches a deliberate drift with a readable diff', () => {
    const committed = fs.readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    const drifted = committed.replace('hasNextPage: Boolean!', 'hasMorePages: Boolean!');
    expect(drifted).not.toBe(committed);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-')), 'schema.graphql');
    fs.writeFileSync(file, drifted);
    const { ok, diff } = checkSchemaFile(file);
    expect(ok).toBe(false);
    expect(diff).toContain('- hasMorePages: Boolean!'.replace('- ', '-   '));
    expect(diff).toContain('+   hasNextPage: Boolean!');
  });
});
