import { pino, type Logger } from 'pino';

/**
 * Logs carry method, path, status and timing. Never bodies, cookies, query strings (tRPC puts
 * inputs there) or headers: passwords, tokens and case notes must not reach a log.
 */
export function createLogger(level: string, pretty: boolean): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers', 'res.headers', '*.password', '*.token'], remove: true },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  });
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/**
 * What of a failed procedure may be logged: the error's kind, the database's SQLSTATE and the
 * database's own words, never the query or its parameters (drizzle puts both in its message, and a
 * parameter can be a case note). Walks the cause chain to the innermost error.
 */
export function loggableError(error: unknown): { name: string; code: string | null; message: string } {
  let inner = error as ErrorLike | null;
  let depth = 0;
  const chain: ErrorLike[] = [];
  while (inner && typeof inner === 'object' && depth < 8) {
    chain.push(inner);
    inner = inner.cause as ErrorLike | null;
    depth++;
  }
  const sqlState = chain
    .map((e) => e.code)
    .find((c): c is string => typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c));
  const last = chain[chain.length - 1];
  const name = typeof chain[0]?.name === 'string' ? chain[0].name : 'Error';
  let message = typeof last?.message === 'string' ? last.message : 'unknown error';
  if (
    /failed query|params:/i.test(message) ||
    (chain.length === 1 && /select|insert|update|delete/i.test(message))
  ) {
    message = 'a database query failed';
  }
  return { name, code: sqlState ?? null, message: message.slice(0, 200) };
}
