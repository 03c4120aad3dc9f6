import { pino, type DestinationStream, type Logger } from 'pino';

/** Keys whose values never reach a log, at any depth: secrets, and what a query carries. */
const SECRET_KEYS =
  /^(password|passwordhash|token|tokenhash|cookie|cookies|authorization|secret|params|parameters|sql|query|body|input)$/i;

/** A copy of a log line's fields with every secret key removed, however deep (a bounded walk). */
export function withoutSecrets(value: unknown, depth = 0): unknown {
  // An error is left whole for its serializer (loggableError), which keeps only what is safe.
  if (depth > 6 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (!SECRET_KEYS.test(key)) out[key] = withoutSecrets(item, depth + 1);
  }
  return out;
}

/**
 * Logs carry method, path, status and timing. Never bodies, cookies, query strings (tRPC puts
 * inputs there), headers or SQL: passwords, tokens and case notes must not reach a log. An error
 * is logged as `loggableError` makes it (kind, SQLSTATE, the database's words), never its query.
 */
export function createLogger(level: string, pretty: boolean, destination?: DestinationStream): Logger {
  const errorSerializer = (error: unknown) => loggableError(error);
  return pino(
    {
      level,
      redact: { paths: ['req.headers', 'res.headers', '*.password', '*.token'], remove: true },
      serializers: { err: errorSerializer, error: errorSerializer },
      formatters: { log: (fields) => withoutSecrets(fields) as Record<string, unknown> },
      ...(pretty && !destination
        ? { transport: { target: 'pino-pretty', options: { colorize: true } } }
        : {}),
    },
    ...(destination ? [destination] : []),
  );
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
  // The database quotes a value it could not read ("invalid input syntax for type uuid: "…""):
  // the value is the caller's input, so it goes.
  message = message.replace(/: ".*"$/s, ': (value hidden)');
  return { name, code: sqlState ?? null, message: message.slice(0, 200) };
}
