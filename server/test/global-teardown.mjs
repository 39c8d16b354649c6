import pg from 'pg';

export default async function globalTeardown() {
  const { adminUrl, template } = globalThis.__TEST_PG__ ?? {};
  if (adminUrl && !globalThis.__EMBEDDED_PG__) {
    // On a shared server, remove what this run created.
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [template, `${template}_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  }
  await globalThis.__EMBEDDED_PG__?.stop();
}
