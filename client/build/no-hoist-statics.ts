/** Stands in for hoist-non-react-statics in production builds (see vite.config.ts): nothing calls injectIntl(). */
export default function hoistNonReactStatics<T>(target: T): T {
  return target;
}
