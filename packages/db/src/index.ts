export * from './client';
export * as schema from './schema/index';
export * from './queries/audit';
export * from './queries/identity';
export * from './queries/people';
export * from './queries/property';
export { seedDemo, countUsers, DEMO_PASSWORD, type SeedOptions, type SeedResult } from './seed';
