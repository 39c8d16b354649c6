import { Extensions } from 'type-graphql';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Which properties of each object type an operation reads (ADR 0030), so a read path selects those columns and no
 * others: on a catalogue page, receiving and parsing the columns nobody shows (descriptions, every timestamp of a
 * review, a photo's storage keys) cost the server a sixth of its CPU (profiled).
 *
 * A field states what it reads in its GraphQL extensions (`reads`). Plain property fields get theirs from their
 * metadata at schema build (schema.ts); a field resolver states its own with `@Reads(...)`. A type with a field that
 * states nothing reads every column, so a field resolver that forgets `@Reads` costs columns, never a wrong answer.
 * The primary key and the keys of references are always read (rules and resolvers follow them).
 */
export const Reads = (...properties: string[]): MethodDecorator & PropertyDecorator => Extensions({ reads: properties });

/** The properties of a type the operation reads; null when unknown (read every column). */
export type PropertiesAsked = (typeName: string) => ReadonlySet<string> | null;

type Shape = ReadonlyMap<string, ReadonlySet<string> | null>;

/** One request's operation, known once the executor has chosen it (before any resolver runs). */
export class OperationShape {
  private shape: Shape | null = null;

  use(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): void {
    let shape = shapes.get(operation);
    if (!shape) shapes.set(operation, (shape = shapeOf(schema, operation, fragments)));
    this.shape = shape;
  }

  /**
   * A type the operation does not show at all is read whole: its rows serve a resolver's own logic (the calendar
   * filters stylists), not fields, and only the type's own fields say what those read.
   */
  readonly propertiesOf: PropertiesAsked = (typeName) => this.shape?.get(typeName) ?? null;
}

const shapes = new WeakMap<OperationDefinitionNode, Shape>();

function shapeOf(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): Shape {
  const shape = new Map<string, Set<string> | null>();
  const note = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) => {
    const reads = field.extensions?.reads;
    const known = shape.get(type.name);
    if (!Array.isArray(reads)) shape.set(type.name, null);
    else if (known === undefined) shape.set(type.name, new Set(reads as string[]));
    else if (known !== null) for (const property of reads as string[]) known.add(property);
  };
  // A validated document has no fragment cycles, and the walk runs once per operation (cached above).
  const visit = (set: SelectionSetNode, type: GraphQLNamedType) => {
    const targets = isObjectType(type) ? [type] : isAbstractType(type) ? schema.getPossibleTypes(type) : [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        for (const target of targets) {
          const field = target.getFields()[selection.name.value];
          if (!field) continue;
          note(target, field);
          if (selection.selectionSet) visit(selection.selectionSet, getNamedType(field.type));
        }
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        const condition = fragment?.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (fragment && condition) visit(fragment.selectionSet, condition);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) visit(operation.selectionSet, root);
  return shape;
}
