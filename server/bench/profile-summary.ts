import fs from 'node:fs';

/**
 * `node -r @swc-node/register bench/profile-summary.ts <file.cpuprofile>`: self time by package and the top
 * functions of a V8 CPU profile (from `npm run bench -- --profile` or bench/profile-read.ts), idle and GC shown
 * apart. Given a sampling heap profile (`.heapprofile`, from bench/profile-read.ts), bytes allocated instead.
 * `--inclusive` adds each function's time with everything it called.
 */
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface HeapNode { callFrame: Node['callFrame']; selfSize: number; children: HeapNode[] }
const parsed = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] } | { head: HeapNode };
const profile = 'head' in parsed ? fromHeap(parsed.head) : parsed;

/** A heap profile's tree as a CPU profile whose samples weigh bytes, so both are summed the same way below. */
function fromHeap(head: HeapNode): { nodes: Node[]; samples: number[]; timeDeltas: number[] } {
  const nodes: Node[] = [];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  const walk = (n: HeapNode) => {
    const id = nodes.length + 1;
    nodes.push({ id, callFrame: n.callFrame });
    samples.push(id);
    timeDeltas.push(n.selfSize);
    n.children.forEach(walk);
  };
  walk(head);
  return { nodes, samples, timeDeltas };
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const owner = (url: string): string => {
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (url.includes('/server/src/')) return `src/${url.split('/server/src/')[1].split('/').slice(0, 2).join('/')}`;
  if (url.startsWith('node:')) return 'node';
  return url ? 'other' : '(native)';
};
/** A function as the tables name it: its name, its package (or source folder) and its line. */
const frameKey = ({ functionName, url, lineNumber }: Node['callFrame']) => `${functionName || '(anonymous)'} ${owner(url)}:${lineNumber + 1}`;
const packages = new Map<string, number>();
const functions = new Map<string, number>();
let busy = 0;
for (const [id, us] of self) {
  const node = byId.get(id)!;
  const { functionName, url } = node.callFrame;
  if (functionName === '(idle)' || functionName === '(program)') continue;
  busy += us;
  const pkg = functionName === '(garbage collector)' ? '(gc)' : owner(url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  const key = frameKey(node.callFrame);
  functions.set(key, (functions.get(key) ?? 0) + us);
}
// `--inclusive`: time spent in each function and everything it called (each sample counted once per function on
// its stack), which says which layer a cost belongs to (pg's parsing, a loader, the slot calculation).
const inclusive = new Map<string, number>();
if (process.argv.includes('--inclusive') && !('head' in parsed)) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [id, us] of self) {
    const { functionName } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = frameKey(byId.get(at)!.callFrame);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      seen.add(key);
    }
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`);
console.log(`${'head' in parsed ? `allocated ${(busy / 1e6).toFixed(0)} MB` : `busy ${(busy / 1e6).toFixed(1)} s`}\n-- by package --\n${top(packages, 25).join('\n')}\n-- by function --\n${top(functions, 40).join('\n')}`);
if (inclusive.size) console.log(`-- including callees --\n${top(inclusive, 60).join('\n')}`);
