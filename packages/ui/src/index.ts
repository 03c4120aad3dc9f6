export * from './trpc';
export * from './providers';
export * from './sign-in';
export * from './fields';
export * from './shell';
export * from './states';
export * from './format';
export * from './mount';
