/**
 * Two tabs share localStorage and the origin's Web Locks but each has its own copy of this module. jsdom has no
 * Web Locks, so the test provides the API's exclusive mode (a FIFO lock per name); the server is played by a fetch
 * that rotates single-use refresh tokens the way refreshSession does outside its grace period.
 */
type Auth = typeof import('./auth');

function loadTab(): Auth {
  let tab: Auth | undefined;
  jest.isolateModules(() => {
    tab = require('./auth');
  });
  return tab!;
}

function installWebLocks() {
  const queues = new Map<string, Promise<unknown>>();
  const request = (name: string, fn: () => Promise<unknown>) => {
    const run = (queues.get(name) ?? Promise.resolve()).then(fn, fn);
    queues.set(name, run.catch(() => undefined));
    return run;
  };
  Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
}

function fakeServer() {
  let live = 'r0';
  let issued = 0;
  const calls: string[] = [];
  global.fetch = jest.fn(async (_uri: unknown, init?: RequestInit) => {
    const token = JSON.parse(String(init!.body)).variables.input.refreshToken as string;
    calls.push(token);
    await new Promise((r) => setTimeout(r, 20));
    if (token !== live) return { json: async () => ({ data: { refreshSession: { accessToken: null, refreshToken: null, errors: [{ code: 'INVALID_REFRESH_TOKEN' }] } } }) } as Response;
    issued += 1;
    live = `r${issued}`;
    return { json: async () => ({ data: { refreshSession: { accessToken: `a${issued}`, refreshToken: live, errors: [] } } }) } as Response;
  }) as typeof fetch;
  return { calls };
}

describe('refreshing the session', () => {
  beforeEach(() => {
    localStorage.clear();
    installWebLocks();
  });

  it('refreshes once across two tabs that both found their access token expired, and both keep the session', async () => {
    const server = fakeServer();
    const [tabA, tabB] = [loadTab(), loadTab()];
    tabA.saveSession({ accessToken: 'a0', refreshToken: 'r0' });

    const results = await Promise.all([tabA.refreshOnce(), tabB.refreshOnce()]);

    expect(results).toEqual([true, true]);
    expect(server.calls).toEqual(['r0']);
    expect(tabB.readSession()).toEqual({ accessToken: 'a1', refreshToken: 'r1' });
    // Loading the module twice (Apollo and all) is slow on a busy machine.
  }, 30_000);

  it('keeps the session when the server is unavailable, and ends it only when the token is refused', async () => {
    const tab = loadTab();
    tab.saveSession({ accessToken: 'a0', refreshToken: 'r0' });
    global.fetch = jest.fn(async () => ({ json: async () => ({ errors: [{ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }) }) as Response) as typeof fetch;
    expect(await tab.refreshOnce()).toBe(false);
    expect(tab.readSession()).toEqual({ accessToken: 'a0', refreshToken: 'r0' });

    fakeServer();
    tab.saveSession({ accessToken: 'a0', refreshToken: 'stolen-and-rotated' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await tab.refreshOnce()).toBe(false);
    expect(tab.readSession()).toBeNull();
  });
});
