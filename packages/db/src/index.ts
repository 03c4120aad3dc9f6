export * from './client';
export * as schema from './schema/index';
export * from './queries/core/audit';
export * from './queries/core/identity';
export * from './queries/services/people';
export * from './queries/tenant/profile';
export * from './queries/tenancy/units';
export { seedDemo, countUsers, DEMO_PASSWORD, type SeedOptions, type SeedResult } from './seed';
