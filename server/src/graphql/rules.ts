import { allow, deny, rule } from 'graphql-shield';
import type { AppContext } from './context';
import { unauthenticatedError } from './errors';

export { allow, deny };

/** Signed in with a valid access token. */
export const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, ctx: AppContext) =>
  ctx.viewer ? true : unauthenticatedError(ctx.locale),
);

type FieldRules = Record<string, unknown>;

/** The same rule for each named field; every field must still be listed, so nothing is open by accident. */
export function fields(names: string[], ruleForAll: unknown): FieldRules {
  return Object.fromEntries(names.map((name) => [name, ruleForAll]));
}
