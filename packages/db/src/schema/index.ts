export * from './program';
export * from './people';
export * from './identity';
