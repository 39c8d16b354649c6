import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type SelectionSetNode } from 'graphql';

// The server runs the documents of this manifest, not the ones Apollo Client builds (GRAPHQL_TRUSTED_DOCUMENTS).
// Apollo's cache tells entities apart by `__typename` and `id`: an answer without `__typename` is stored as
// loose objects that each query overwrites, and queries sharing an object then fetch each other in a loop.
const manifest: Record<string, string> = JSON.parse(fs.readFileSync(path.join(__dirname, 'gql', 'persisted-documents.json'), 'utf8'));

/** Object selections (sub-selections of fields) that do not ask for `__typename`, as "Operation: field path". */
function withoutTypename(document: string): string[] {
  const missing: string[] = [];
  const names: string[] = [];
  visit(parse(document), {
    OperationDefinition: { enter: (node) => void names.push(node.name?.value ?? 'anonymous'), leave: () => void names.pop() },
    Field: {
      enter(node) {
        names.push(node.alias?.value ?? node.name.value);
        const set: SelectionSetNode | undefined = node.selectionSet;
        if (set && !set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) missing.push(names.join('.'));
      },
      leave: () => void names.pop(),
    },
  });
  return missing;
}

describe('the trusted documents the server runs', () => {
  it('ask for __typename on every object, as Apollo Client\'s cache needs', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(50);
    expect(Object.values(manifest).flatMap(withoutTypename)).toEqual([]);
  });

  it('finds an object selection without it (the check can fail)', () => {
    expect(withoutTypename('query Q { salon(id: "1") { __typename id services { id } } }')).toEqual(['Q.salon.services']);
  });
});
