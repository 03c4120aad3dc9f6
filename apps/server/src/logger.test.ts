import { describe, expect, it } from 'vitest';
import { loggableError } from './logger';

describe('loggableError', () => {
  it('keeps the kind and the SQLSTATE, never the query or its parameters', () => {
    const pg = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const drizzle = Object.assign(
      new Error('Failed query: insert into "goal_notes" ("body") values ($1)\nparams: Dana said SECRET-NOTE'),
      { name: 'DrizzleQueryError', cause: pg },
    );
    const logged = loggableError(Object.assign(new Error('wrapped'), { name: 'TRPCError', cause: drizzle }));
    expect(logged).toEqual({
      name: 'TRPCError',
      code: '22021',
      message: 'invalid byte sequence for encoding "UTF8": 0x00',
    });
    expect(JSON.stringify(logged)).not.toContain('SECRET-NOTE');
  });

  it('hides a message that carries the query itself', () => {
    const logged = loggableError(new Error('Failed query: select 1\nparams: SECRET-NOTE'));
    expect(JSON.stringify(logged)).not.toContain('SECRET-NOTE');
    expect(logged.message).toBe('a database query failed');
  });
});
