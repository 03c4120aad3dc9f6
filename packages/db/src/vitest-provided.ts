/** What the test global setup hands to every test file. */
declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateDb: string | null;
  }
}

export {};
