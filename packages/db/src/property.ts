/**
 * The property side's entry point: property queries and nothing of services. The property
 * namespace of the API imports only this module (checked by the import-boundary test).
 */
export type { Database, Executor } from './client';
export type { Actor } from './queries/core/audit';
export type { PropertyViewer } from './queries/property/access';
export * from './queries/property/units';
export * from './queries/property/lease-issues';
export * from './queries/property/repairs';
export * from './queries/property/leases';
export * from './queries/property/grievances';
export * from './queries/property/properties';
