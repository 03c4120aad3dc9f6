import { createServer } from './app';
import { openDatabase, seed } from './bootstrap';
import { clockOf } from './clock';
import { allowedOriginsOf, readEnv } from './env';
import { createLogger } from './logger';

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL, env.NODE_ENV === 'development' && process.stdout.isTTY);

const clock = clockOf(env);
const handle = openDatabase(env);
await handle.migrate();
if (env.SEED_DEMO === 'true') {
  const result = await seed(handle, clock);
  if (result.seeded) logger.info('seeded the demo program (see the README for the demo accounts)');
}

const app = createServer({
  db: handle.db,
  logger,
  clock,
  settings: {
    idleTimeoutMinutes: env.SESSION_IDLE_MINUTES,
    absoluteLifetimeHours: env.SESSION_ABSOLUTE_HOURS,
  },
  allowedOrigins: allowedOriginsOf(env),
});

const server = app.listen(env.PORT, env.HOST, () => {
  const where = handle.kind === 'postgres' ? 'PostgreSQL' : `embedded PostgreSQL in ${env.HEARTH_DATA_DIR}`;
  logger.info(`Hearth is running at http://localhost:${env.PORT} (database: ${where})`);
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info(`${signal}: shutting down`);
  server.close();
  server.closeAllConnections();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
