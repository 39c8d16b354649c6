/** Orders batch results by key, as DataLoader requires; missing keys get `fallback`. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: V | null = null): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? fallback);
}

/** Groups batch results by key, in key order; keys with no rows get an empty list. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
