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
