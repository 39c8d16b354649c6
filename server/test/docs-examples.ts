import fs from 'node:fs';

/**
 * Worked examples in docs/api.md, kept true by docs-examples.test.ts. An example is
 *
 *   <!-- example: name [as=+9665…] -->
 *   ```graphql            (the operation)
 *   ```json variables     (optional)
 *   ```json response      (the expected response)
 *
 * In the expected response "…" matches any value, and "…[]" any array. In variables, "$ref:example.path.to.value"
 * takes a value from an earlier example's response and "$otp:+9665…" the last one-time code sent to that phone.
 */
export interface DocExample {
  name: string;
  as?: string;
  query: string;
  variables: Record<string, unknown>;
  response: unknown;
}

export function parseExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  const marker = /<!-- example: ([\w-]+)((?:\s+\w+=\S+)*) -->/g;
  let match: RegExpExecArray | null;
  while ((match = marker.exec(markdown))) {
    const rest = markdown.slice(match.index + match[0].length);
    const next = rest.search(/<!-- example:/);
    const body = next >= 0 ? rest.slice(0, next) : rest;
    const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(body)?.[1];
    const options = Object.fromEntries([...match[2].matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
    const query = block('graphql');
    const response = block('json response');
    if (!query || !response) throw new Error(`Example ${match[1]} needs a graphql block and a json response block`);
    examples.push({
      name: match[1],
      as: options.as,
      query,
      variables: JSON.parse(block('json variables') ?? '{}'),
      response: JSON.parse(response),
    });
  }
  return examples;
}

export function readExamples(file: string): DocExample[] {
  return parseExamples(fs.readFileSync(file, 'utf8'));
}

/** Differences between an actual response and the documented one, as readable paths. */
export function mismatches(actual: unknown, expected: unknown, path = '$'): string[] {
  if (expected === '…') return actual === undefined ? [`${path}: missing`] : [];
  if (expected === '…[]') return Array.isArray(actual) ? [] : [`${path}: expected an array`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}`];
    return expected.flatMap((item, i) => mismatches(actual[i], item, `${path}[${i}]`));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual as object)]);
    return [...keys].flatMap((key) =>
      key in (expected as object)
        ? mismatches((actual as any)[key], (expected as any)[key], `${path}.${key}`)
        : [`${path}.${key}: not documented (${JSON.stringify((actual as any)[key])})`],
    );
  }
  return actual === expected ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export function resolveVariables(
  variables: unknown,
  responses: Record<string, unknown>,
  otpFor: (phone: string) => string | undefined,
): unknown {
  if (typeof variables === 'string' && variables.startsWith('$ref:')) {
    const [name, ...path] = variables.slice(5).split('.');
    return path.reduce<any>((value, key) => value?.[key], responses[name]);
  }
  if (typeof variables === 'string' && variables.startsWith('$otp:')) return otpFor(variables.slice(5));
  if (Array.isArray(variables)) return variables.map((v) => resolveVariables(v, responses, otpFor));
  if (variables && typeof variables === 'object') {
    return Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, resolveVariables(v, responses, otpFor)]));
  }
  return variables;
}
