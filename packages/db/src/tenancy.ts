/**
 * The property side's entry point: tenancy queries and nothing of services. The property
 * namespace of the API imports only this module (checked by the import-boundary test).
 */
export type { Database, Executor } from './client';
export { writeAudit } from './queries/core/audit';
export * from './queries/tenancy/units';
export * from './queries/tenancy/lease-issues';
export * from './queries/tenancy/repairs';
export * from './queries/tenancy/leases';
export * from './queries/tenancy/grievances';
