/**
 * The property side's entry point: tenancy queries and nothing of services. The property
 * namespace of the API imports only this module (checked by the import-boundary test).
 */
export type { Database, Executor } from './client';
export { writeAudit } from './queries/core/audit';
export * from './queries/property/units';
export * from './queries/property/lease-issues';
export * from './queries/property/repairs';
export * from './queries/property/leases';
export * from './queries/property/grievances';
