export * from './program';
export * from './people';
export * from './identity';
export * from './services/intake';
export * from './services/care';
export * from './tenancy';
export * from './grievances';
