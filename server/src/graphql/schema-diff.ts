import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { repoRoot } from '../db/paths';

export interface ClassifiedChange {
  level: 'breaking' | 'dangerous' | 'safe';
  path: string;
  message: string;
  /** Why a breaking change may not land even when explained. */
  violation?: string;
}

export interface DiffVerdict {
  changes: ClassifiedChange[];
  /** Breaking changes that no commit message or docs/schema-changes.md entry explains. */
  unexplained: ClassifiedChange[];
  /** Breaking changes that break the deprecation policy whatever the explanation. */
  violations: ClassifiedChange[];
  ok: boolean;
}

const LEVEL: Record<CriticalityLevel, ClassifiedChange['level']> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

/**
 * Compares two versions of the contract. A breaking change passes only when `explanations` (commit messages and
 * docs/schema-changes.md) name its path; a removed field must also have been deprecated, with a reason, before.
 */
export async function judgeSchemaChange(before: string, after: string, explanations: string): Promise<DiffVerdict> {
  const oldSchema = buildSchema(before);
  const newSchema = buildSchema(after);
  const raw = await diff(oldSchema, newSchema);
  const changes = raw.map((change) => classify(change, oldSchema));
  const breaking = changes.filter((c) => c.level === 'breaking');
  const unexplained = breaking.filter((c) => !explanations.includes(c.path));
  const violations = breaking.filter((c) => c.violation);
  return { changes, unexplained, violations, ok: unexplained.length === 0 && violations.length === 0 };
}

function classify(change: Change, oldSchema: GraphQLSchema): ClassifiedChange {
  const classified: ClassifiedChange = { level: LEVEL[change.criticality.level], path: change.path ?? '(schema)', message: change.message };
  if (change.type === ChangeType.FieldRemoved && change.path) {
    const [typeName, fieldName] = change.path.split('.');
    const type = oldSchema.getType(typeName) as { getFields?: () => Record<string, { deprecationReason?: string | null }> } | undefined;
    const reason = type?.getFields?.()[fieldName]?.deprecationReason;
    if (!reason) classified.violation = `${change.path} was removed without being @deprecated (with a reason) in a release first`;
  }
  return classified;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** The base to compare with: SCHEMA_BASE_REF, else origin/main when it differs from HEAD, else the previous commit. */
export function baseRef(): string | null {
  if (process.env.SCHEMA_BASE_REF) return process.env.SCHEMA_BASE_REF;
  const head = git(['rev-parse', 'HEAD'])?.trim();
  const main = git(['rev-parse', '--verify', '-q', 'origin/main'])?.trim();
  if (main && main !== head) return git(['merge-base', 'origin/main', 'HEAD'])?.trim() ?? main;
  return git(['rev-parse', '--verify', '-q', 'HEAD~1'])?.trim() ?? null;
}

async function main() {
  const base = baseRef();
  const before = base ? git(['show', `${base}:schema.graphql`]) : null;
  if (!base || !before) {
    console.log('schema:diff: no earlier schema.graphql to compare with; nothing to check.');
    return;
  }
  const after = fs.readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
  const messages = git(['log', '--format=%B', `${base}..HEAD`]) ?? '';
  const notesFile = path.join(repoRoot, 'docs', 'schema-changes.md');
  const notes = fs.existsSync(notesFile) ? fs.readFileSync(notesFile, 'utf8') : '';
  const verdict = await judgeSchemaChange(before, after, `${messages}\n${notes}`);
  console.log(`schema:diff against ${base.slice(0, 12)}: ${verdict.changes.length} change(s)`);
  for (const c of verdict.changes) console.log(`  ${c.level.padEnd(9)} ${c.path}: ${c.message}`);
  for (const c of verdict.violations) console.error(`✗ ${c.violation}`);
  for (const c of verdict.unexplained) {
    console.error(`✗ breaking change ${c.path} is not explained: name it with its migration in a commit message or in docs/schema-changes.md`);
  }
  if (!verdict.ok) process.exit(1);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
