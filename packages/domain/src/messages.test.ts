import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as domain from './index';

/** Every input schema the domain exports (ZSomething), with the keys of its object shape. */
const schemas: [string, z.ZodType][] = Object.entries(domain as Record<string, unknown>).flatMap(
  ([name, value]): [string, z.ZodType][] =>
    name.startsWith('Z') && value instanceof z.ZodType ? [[name, value]] : [],
);

function shapeKeys(schema: z.ZodType): string[] {
  const keys = new Set<string>();
  const visit = (s: unknown, depth: number) => {
    if (depth > 4 || !(s instanceof z.ZodType)) return;
    if (s instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(s.shape)) {
        keys.add(key);
        visit(child, depth + 1);
      }
    }
    const def = (s as { def?: { innerType?: unknown; element?: unknown; options?: unknown[] } }).def;
    visit(def?.innerType, depth + 1);
    visit(def?.element, depth + 1);
    for (const option of def?.options ?? []) visit(option, depth + 1);
  };
  visit(schema, 0);
  return [...keys];
}

const WRONG_VALUES: unknown[] = [
  undefined,
  null,
  Number.NaN,
  -1,
  1.5,
  2_147_483_648,
  '',
  'x',
  '1999-02-30',
  [],
  {},
];

/** The messages a person could see for many wrong inputs to one schema. */
function messagesFor(schema: z.ZodType): string[] {
  const inputs: unknown[] = [undefined, null, {}, 'x', 3];
  for (const key of shapeKeys(schema)) for (const value of WRONG_VALUES) inputs.push({ [key]: value });
  const messages = new Set<string>();
  for (const input of inputs) {
    const result = schema.safeParse(input);
    if (!result.success) for (const issue of result.error.issues) messages.add(issue.message);
  }
  return [...messages];
}

/** zod's own phrasing ("Invalid input: expected number, received NaN", "Too small: expected …"). */
const ZOD_WORDS =
  /\bexpected\b|\breceived\b|Invalid (input|option|string|email)|Too (small|big)|\bNaN\b|>=|<=/i;

describe('input messages are written for people', () => {
  it('there are input schemas to check', () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  it.each(schemas)('%s says nothing of zod and names no raw field key', (_name, schema) => {
    const keys = shapeKeys(schema).filter((k) => /[A-Z_]/.test(k) || k.length > 2);
    for (const message of messagesFor(schema)) {
      expect(message, message).not.toMatch(ZOD_WORDS);
      expect(message, message).not.toMatch(/^[\w.]+: /);
      // A sentence a person reads on its own, beside its field or in the summary: not "is required".
      expect(message, message).toMatch(/^[A-Z0-9"“]/);
      expect(message, message).not.toMatch(/^(is|must|should) /i);
      for (const key of keys.filter((k) => /[A-Z_]/.test(k)))
        expect(message, `${message} (${key})`).not.toContain(key);
      expect(message.length, message).toBeGreaterThan(3);
    }
  });

  it('says what to do for the common cases', () => {
    const s = z.object({ amount: z.number().int().nonnegative(), note: z.string().min(1), n: z.number() });
    const messages = s.safeParse({ amount: -1, note: '', n: Number.NaN }).error!.issues.map((i) => i.message);
    expect(messages).toEqual(['Enter 0 or more.', 'Fill this in.', 'Enter a number, using digits only.']);
  });
});
