import { GraphQLError, isObjectType } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { Ctx, Query, Resolver, buildSchemaSync } from 'type-graphql';
import { graphql } from 'graphql';
import { buildContractSchema, resolvers } from '../src/graphql/schema';
import { createPermissions, mergeRuleMaps, permissionMaps } from '../src/graphql/permissions';
import { UserError } from '../src/graphql/errors';
import { DateTimeScalar } from '../src/graphql/scalars';

describe('permission rules', () => {
  it('give every field of every object type an explicit rule, and rule nothing that does not exist', () => {
    const schema = buildContractSchema();
    const rules = mergeRuleMaps(permissionMaps);
    const missing: string[] = [];
    const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));
    for (const type of objectTypes) {
      if (!isObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) if (!rules[type.name]?.[field]) missing.push(`${type.name}.${field}`);
    }
    expect(missing).toEqual([]);
    const stale = Object.entries(rules).flatMap(([typeName, fields]) => {
      const type = schema.getType(typeName);
      return Object.keys(fields).filter((f) => !isObjectType(type) || !(f in type.getFields())).map((f) => `${typeName}.${f}`);
    });
    expect(stale).toEqual([]);
  });

  it('deny a field without a rule with FORBIDDEN', async () => {
    @Resolver()
    class UnruledResolver {
      @Query(() => String, { description: 'A field nobody wrote a rule for.' })
      secret(@Ctx() _ctx: unknown): string {
        return 'leaked';
      }
    }
    const schema = applyMiddleware(
      buildSchemaSync({ resolvers: [...resolvers, UnruledResolver], validate: false, scalarsMap: [{ type: Date, scalar: DateTimeScalar }], orphanedTypes: [UserError] }),
      createPermissions(),
    );
    const result = await graphql({ schema, source: '{ secret }', contextValue: { locale: 'en', viewer: null } });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toBe('You do not have permission to do this.');
  });
});
