import type { Sql } from '../db/database.js';

/** Facts about this installation (such as when the demo data was loaded), by key. */
export async function getSetting(sql: Sql, key: string): Promise<unknown> {
  const [row] = await sql.query<{ value: unknown }>('select value from app_settings where key = $1', [key]);
  return row?.value;
}

export async function setSetting(sql: Sql, key: string, value: unknown): Promise<void> {
  await sql.query(
    `insert into app_settings (key, value) values ($1, $2::jsonb)
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [key, JSON.stringify(value)],
  );
}
