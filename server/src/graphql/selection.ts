import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What the operation asks for below the field being resolved, for reading ahead (ADR 0029): a resolver that knows
 * its children's keys before its own rows arrive (a salon's id, a page's salon ids) starts their loads in the same
 * turn, so they travel in the same message to PostgreSQL (db/statement-batch.ts) instead of one level later.
 *
 * `path` names fields below the current one (`['edges', 'node', 'staff']`); the answer is every field node found
 * there, through fragments, with any alias. `@skip` and `@include` are not evaluated, so a skipped field may be read
 * ahead for nothing: a wasted read, never a different answer, since resolvers still load (and check) what they
 * return. Answers are cached per document node, so a request pays for a lookup, not a walk.
 */
export function selectedAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): readonly FieldNode[] {
  let byPath = cache.get(info.fieldNodes);
  if (!byPath) cache.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let found = byPath.get(key);
  if (!found) {
    found = info.fieldNodes;
    for (const name of path) found = found.flatMap((node) => (node.selectionSet ? fieldsNamed(node.selectionSet, name, info.fragments) : []));
    byPath.set(key, found);
  }
  return found;
}

const cache = new WeakMap<readonly FieldNode[], Map<string, readonly FieldNode[]>>();

function fieldsNamed(set: SelectionSetNode, name: string, fragments: GraphQLResolveInfo['fragments'], seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) out.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      out.push(...fieldsNamed(selection.selectionSet, name, fragments, seen));
    } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      out.push(...fieldsNamed(fragments[selection.name.value].selectionSet, name, fragments, seen));
    }
  }
  return out;
}
