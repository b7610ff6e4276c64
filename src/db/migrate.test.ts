import { describe, expect, it } from 'vitest';
import { splitStatements } from './migrate.js';

describe('splitting a migration into statements', () => {
  it('splits on semicolons at line ends and drops whole-line comments', () => {
    expect(splitStatements('-- a table\ncreate table a (x int);\n\n-- and an index;\ncreate index a_x on a (x);\n')).toEqual([
      'create table a (x int)',
      'create index a_x on a (x)',
    ]);
  });

  it('keeps a dollar-quoted function body whole, whatever its tag', () => {
    const fn = "create function f() returns trigger language plpgsql as $fn$\nbegin\n  -- why: a comment inside the body stays\n  raise exception 'no';\nend\n$fn$;";
    const one = 'create function g(x int) returns int language sql as $$ select x; $$;';
    expect(splitStatements(`${fn}\n${one}\nselect 1;`)).toEqual([fn.slice(0, -1), one.slice(0, -1), 'select 1']);
  });
});
