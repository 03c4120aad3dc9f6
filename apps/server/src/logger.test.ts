import { describe, expect, it } from 'vitest';
import { createLogger, loggableError } from './logger';

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

describe('createLogger', () => {
  function capture() {
    const lines: string[] = [];
    const logger = createLogger('info', false, { write: (line: string) => void lines.push(line) });
    return { logger, text: () => lines.join('') };
  }

  it('logs a failed query as its kind and SQLSTATE, never the SQL or its parameters', () => {
    const { logger, text } = capture();
    const pg = Object.assign(new Error('invalid input syntax for type uuid: "SECRET-ID"'), { code: '22P02' });
    const drizzle = Object.assign(
      new Error('Failed query: insert into "warm_handoffs" ("strengths") values ($1)\nparams: SECRET-NOTE'),
      { name: 'DrizzleQueryError', cause: pg, query: 'insert into "warm_handoffs"', params: ['SECRET-NOTE'] },
    );
    logger.error({ err: drizzle }, 'procedure failed');
    logger.error({ error: drizzle, path: 'staff.warmHandoffs.record' }, 'procedure failed');
    expect(text()).toContain('22P02');
    expect(text()).toContain('staff.warmHandoffs.record');
    expect(text()).not.toMatch(/SECRET|warm_handoffs"|insert into/);
  });

  it('never prints a password, token, cookie or input, however deep', () => {
    const { logger, text } = capture();
    logger.info({ password: 'hearth-demo-2026', login: { password: 'hearth-demo-2026' } }, 'one');
    logger.info({ deep: { deeper: { token: 'TOKEN-1', cookie: 'hearth_session=TOKEN-2' } } }, 'two');
    logger.info(
      { call: { input: { body: 'SECRET-NOTE' }, sql: 'select', params: ['SECRET-NOTE'] } },
      'three',
    );
    expect(text()).toContain('"msg":"three"');
    expect(text()).not.toMatch(/hearth-demo-2026|TOKEN-|SECRET-NOTE|select/);
  });
});
