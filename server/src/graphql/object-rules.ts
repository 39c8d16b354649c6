import { getNamedType, isObjectType, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { selectedAt } from './selection';

/** What graphql-shield's own field wrapper hands a rule and does with its answer (see permissions.ts). */
interface ShieldRule {
  resolve(parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo, options: ShieldOptions): Promise<unknown>;
}
export interface ShieldOptions {
  fallbackError: (thrown: unknown, parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => Error;
  allowExternalErrors: boolean;
  debug: boolean;
}

/**
 * Object-level rules checked once per object (ADR 0032). A rule marked `perObject` answers for the object whatever
 * field of it is read (a booking's parties, a user's self): shield would run it, in its async wrapper, once for
 * every field of every object, so a calendar of 60 bookings ran the booking rule about 900 times.
 *
 * `guard` gives each field such a rule guards a resolver that asks the request's verdict for (rule, object),
 * computed once with the rule's own `resolve` (shield's caches and error handling included), and answers as shield's
 * wrapper would: the resolver on true, the FORBIDDEN fallback on false, the rule's own error (UNAUTHENTICATED)
 * otherwise. `settleFirst` then makes every field that returns such objects compute their verdicts before it hands
 * them on, when the operation reads a field the rule guards, so their fields find the verdict settled and resolve
 * without a promise each.
 */
export class ObjectRules {
  // Per type, each marked rule with the fields it guards.
  private readonly rulesOfType = new Map<string, Map<ShieldRule, string[]>>();

  constructor(private readonly options: ShieldOptions) {}

  guard(typeName: string, fieldName: string, rule: unknown, resolve: GraphQLFieldResolver<unknown, unknown> | undefined): GraphQLFieldResolver<unknown, Record<string, unknown>> {
    const guarded = this.rulesOfType.get(typeName) ?? new Map<ShieldRule, string[]>();
    guarded.set(rule as ShieldRule, [...(guarded.get(rule as ShieldRule) ?? []), fieldName]);
    this.rulesOfType.set(typeName, guarded);
    return checkedOnce(rule as ShieldRule, resolve, this.options);
  }

  settleFirst(schema: GraphQLSchema): void {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const guarded = this.rulesOfType.get(getNamedType(field.type).name);
        if (guarded && field.resolve) field.resolve = verdictsFirst(field.resolve, guarded, this.options);
      }
    }
  }
}

interface Verdict {
  settled: boolean;
  value: unknown;
  promise: Promise<unknown>;
}

/** The request's verdicts: context → object → rule. Weak, so they go with the request and its rows. */
const verdicts = new WeakMap<object, WeakMap<object, Map<ShieldRule, Verdict>>>();

function verdictOf(rule: ShieldRule, parent: object, args: unknown, ctx: Record<string, unknown>, info: GraphQLResolveInfo, options: ShieldOptions): Verdict {
  let byObject = verdicts.get(ctx);
  if (!byObject) verdicts.set(ctx, (byObject = new WeakMap()));
  let byRule = byObject.get(parent);
  if (!byRule) byObject.set(parent, (byRule = new Map()));
  let verdict = byRule.get(rule);
  if (!verdict) {
    // Shield's wrapper sets up the cache its `contextual` rules keep on the context (isPlatformAdmin in an `or`).
    ctx._shield ??= { cache: {} };
    const made = { settled: false, value: undefined } as Verdict;
    made.promise = rule.resolve(parent, args, ctx, info, options).then((value) => {
      made.settled = true;
      made.value = value;
      return value;
    });
    byRule.set(rule, (verdict = made));
  }
  return verdict;
}

function checkedOnce(rule: ShieldRule, resolve: GraphQLFieldResolver<unknown, unknown> | undefined, options: ShieldOptions): GraphQLFieldResolver<unknown, Record<string, unknown>> {
  const answer = (value: unknown, parent: unknown, args: Record<string, unknown>, ctx: Record<string, unknown>, info: GraphQLResolveInfo) => {
    if (value === true) return resolve ? resolve(parent, args, ctx, info) : (parent as Record<string, unknown>)[info.fieldName];
    if (value === false) return options.fallbackError(null, parent, args, ctx, info);
    return value;
  };
  return (parent, args, ctx, info) => {
    if (typeof parent !== 'object' || parent === null) return answer(false, parent, args, ctx, info);
    const verdict = verdictOf(rule, parent, args, ctx, info, options);
    return verdict.settled ? answer(verdict.value, parent, args, ctx, info) : verdict.promise.then((value) => answer(value, parent, args, ctx, info));
  };
}

function verdictsFirst(resolve: GraphQLFieldResolver<unknown, unknown>, guarded: Map<ShieldRule, string[]>, options: ShieldOptions): GraphQLFieldResolver<unknown, Record<string, unknown>> {
  // Only the rules whose fields the operation reads below this field: a catalogue's reviewers (users) show only
  // their first name, so the viewer's own contact fields are never checked for them.
  const wanted = new WeakMap<readonly FieldNode[], ShieldRule[]>();
  const rulesFor = (info: GraphQLResolveInfo): ShieldRule[] => {
    let rules = wanted.get(info.fieldNodes);
    if (!rules) {
      rules = [...guarded].filter(([, names]) => names.some((name) => selectedAt(info, [name]).length > 0)).map(([rule]) => rule);
      wanted.set(info.fieldNodes, rules);
    }
    return rules;
  };
  const settle = (result: unknown, ctx: Record<string, unknown>, info: GraphQLResolveInfo, rules: ShieldRule[]): unknown => {
    const waiting: Promise<unknown>[] = [];
    const visit = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null && !(value instanceof Error)) {
        for (const rule of rules) {
          const verdict = verdictOf(rule, value, {}, ctx, info, options);
          if (!verdict.settled) waiting.push(verdict.promise);
        }
      }
    };
    visit(result);
    return waiting.length ? Promise.all(waiting).then(() => result) : result;
  };
  return (parent, args, ctx, info) => {
    const result = resolve(parent, args, ctx, info);
    const rules = rulesFor(info);
    if (rules.length === 0) return result;
    return result instanceof Promise ? result.then((value) => settle(value, ctx, info, rules)) : settle(result, ctx, info, rules);
  };
}
