import { astFromValue, getNamedType, getNullableType, isInputObjectType, isListType, typeFromAST, valueFromASTUntyped, type GraphQLInputType, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';

/**
 * Variables with the defaults of their input objects' fields written in, as the client could have sent them.
 * graphql-jit's compiled variable coercion refuses a missing non-null input field even when the schema gives it a
 * default (`SignOutInput.everywhere: Boolean! = false`), which graphql-js fills in. Defaults are written in their
 * external form (an enum's name), so coercion then treats them exactly like sent values. Inputs are not modified.
 */
export function withInputDefaults(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], variables: Record<string, unknown>): Record<string, unknown> {
  let result = variables;
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type || !(name in variables)) continue;
    const filled = fill(type, variables[name]);
    if (filled !== variables[name]) result = { ...result, [name]: filled };
  }
  return result;
}

function fill(type: GraphQLInputType, value: unknown): unknown {
  if (value == null || typeof value !== 'object') return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return value;
    const items = value.map((item) => fill(nullable.ofType, item));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  const named = getNamedType(type);
  if (!isInputObjectType(named) || Array.isArray(value)) return value;
  let result = value as Record<string, unknown>;
  for (const field of Object.values(named.getFields())) {
    const current = result[field.name];
    let next = current;
    if (current === undefined && field.defaultValue !== undefined) {
      const ast = astFromValue(field.defaultValue, field.type);
      next = ast ? valueFromASTUntyped(ast) : undefined;
    } else {
      next = fill(field.type, current);
    }
    if (next !== current) result = { ...result, [field.name]: next };
  }
  return result;
}
