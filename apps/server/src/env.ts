import { z } from 'zod';

/** The one place that reads the environment; lint forbids `process.env` elsewhere. */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  HEARTH_DATA_DIR: z.string().default('./.hearth-data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().positive().default(12),
  /**
   * The origins people open Hearth at, comma-separated (e.g. https://hearth.example.org behind a
   * proxy): the only ones, with this server's loopback addresses, allowed to send changes.
   */
  PUBLIC_ORIGINS: z
    .string()
    .default('')
    .refine((value) => splitOrigins(value).every(isOrigin), {
      message: 'PUBLIC_ORIGINS must be origins like https://hearth.example.org, comma-separated',
    }),
  /** Seed the demo program on first start with an empty database. */
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /**
   * Tests only (NODE_ENV=test): the date the server's clock reads, e.g. 2027-06-30. Time of day
   * still passes. The browser suite uses it to prove Hearth works on any date.
   */
  HEARTH_TODAY: z.iso.date({ message: 'HEARTH_TODAY must be a date like 2027-06-30' }).optional(),
});

export type Env = z.infer<typeof ZEnv>;

function splitOrigins(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An origin exactly: scheme, host and port, no path (what a browser sends in `Origin`). */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

/**
 * The origins allowed to send mutations: PUBLIC_ORIGINS, and this server's own port on the
 * loopback addresses (for local use). Never derived from a request's Host header.
 */
export function allowedOriginsOf(env: Pick<Env, 'PORT' | 'PUBLIC_ORIGINS'>): string[] {
  const loopback = ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${env.PORT}`);
  const configured = splitOrigins(env.PUBLIC_ORIGINS).map((origin) => new URL(origin).origin);
  return [...new Set([...configured, ...loopback])];
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  if (parsed.data.HEARTH_TODAY && parsed.data.NODE_ENV !== 'test') {
    throw new Error(
      'Invalid environment:\n  HEARTH_TODAY is for tests only: set NODE_ENV=test, or remove it.',
    );
  }
  return parsed.data;
}
