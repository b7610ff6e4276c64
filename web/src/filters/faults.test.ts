import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { filterFaults } from './faults';

const problem = (errors: { field: string; message: string; in?: string; code?: string }[]) =>
  new ApiError({ type: 'urn:precursor:problem:invalid', title: 'The request is not valid', status: 400, detail: '', errors: errors as never });

describe('filters at fault in an API problem', () => {
  it('names each refused filter once, from the field the problem names', () => {
    const faults = filterFaults(
      problem([
        { field: 'country.0', message: "'ZZZ' is not an ISO 3166-1 alpha-3 country code", in: 'query' },
        { field: 'country.1', message: 'another', in: 'query' },
        { field: 'query.from', message: 'a real date' },
        { field: 'title', message: 'required', in: 'body' },
        { field: 'cursor', message: 'bad cursor', in: 'query' },
      ]),
    );
    expect(faults.map((f) => [f.name, f.problem.message])).toEqual([
      ['country', "'ZZZ' is not an ISO 3166-1 alpha-3 country code"],
      ['from', 'a real date'],
    ]);
  });

  it('finds none in other errors', () => {
    expect(filterFaults(new Error('network'))).toEqual([]);
    expect(filterFaults(undefined)).toEqual([]);
  });
});
