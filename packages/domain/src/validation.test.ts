import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { ZRecordWarmHandoffInput, ZSaveAssessmentSectionInput, ZPlanResponseInput } from './care-inputs';
import { ZLoginInput } from './identity';
import { ZRentInput, ZStayAddInput } from './intake-inputs';
import { ZGrievanceCreateInput, ZLedgerEntryInput } from './tenancy-inputs';
import { CONTROL_CHARACTER_MESSAGE, INT32_MAX, ZCents, ZInt32, ZRequiredText, ZText } from './validation';

const ID = '00000000-0000-4000-8000-000000000001';

/** The fields a schema's first problems name, and their messages. */
function problems(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
}

describe('the shared text schema', () => {
  it('refuses NUL and every other control character, keeping newline, carriage return and tab', () => {
    const text = ZText(100);
    for (const code of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x85, 0x9f]) {
      const value = `before${String.fromCharCode(code)}after`;
      expect(problems(text, value), `U+${code.toString(16)}`).toEqual([
        { field: '', message: CONTROL_CHARACTER_MESSAGE },
      ]);
    }
    expect(text.parse('  line one\nline two\r\n\tindented  ')).toBe('line one\nline two\r\n\tindented');
    expect(text.parse('Café, naïve, 東京, emoji 🏠')).toBe('Café, naïve, 東京, emoji 🏠');
  });

  it('says what is wrong in words: too long, empty, not text', () => {
    expect(problems(ZText(5), 'abcdef')).toEqual([{ field: '', message: 'Use at most 5 characters.' }]);
    expect(problems(ZRequiredText(2000, 'Describe it'), 'x'.repeat(2001))).toEqual([
      { field: '', message: 'Use at most 2,000 characters.' },
    ]);
    expect(problems(ZRequiredText(10, 'Describe it'), '   ')).toEqual([
      { field: '', message: 'Describe it' },
    ]);
    expect(problems(ZRequiredText(10, 'Describe it'), 42)).toEqual([{ field: '', message: 'Describe it' }]);
  });

  it('names the field of a procedure input holding a NUL', () => {
    const handoff = {
      personId: ID,
      handoffDate: '2026-01-05',
      fromProvider: 'Shelter',
      fromWorker: 'Sam',
      participants: 'Sam, Dana',
      programAndRolesExplained: 'yes',
      strengths: 'cooks',
      planForWorkingTogether: 'weekly',
    };
    for (const field of Object.keys(handoff).filter((k) => k !== 'personId' && k !== 'handoffDate')) {
      expect(problems(ZRecordWarmHandoffInput, { ...handoff, [field]: 'a\u0000b' }), field).toEqual([
        { field, message: CONTROL_CHARACTER_MESSAGE },
      ]);
    }
    expect(problems(ZGrievanceCreateInput, { about: 'services', description: 'x\u0000' })[0]?.field).toBe(
      'description',
    );
    expect(
      problems(ZSaveAssessmentSectionInput, {
        assessmentId: ID,
        version: 1,
        section: 'domains',
        domains: { 'hou\u0000sing': { score: 3 } },
      })[0]?.message,
    ).toBe(CONTROL_CHARACTER_MESSAGE);
  });
});

describe('integers bounded to their 32-bit columns', () => {
  it('accepts the largest value and refuses one more, naming the field', () => {
    expect(ZInt32.parse(INT32_MAX)).toBe(INT32_MAX);
    expect(ZCents.parse(INT32_MAX)).toBe(INT32_MAX);
    expect(problems(ZInt32, INT32_MAX + 1)).toEqual([{ field: '', message: 'Enter a smaller number.' }]);
    const ledger = { leaseId: ID, kind: 'charge', entryDate: '2026-01-05', amountCents: INT32_MAX + 1 };
    expect(problems(ZLedgerEntryInput, ledger)).toEqual([
      { field: 'amountCents', message: 'Enter an amount under $21,474,836.48.' },
    ]);
    const section = { assessmentId: ID, section: 'domains', domains: {}, version: 2_147_483_648 };
    expect(problems(ZSaveAssessmentSectionInput, section).map((p) => p.field)).toEqual(['version']);
    expect(
      problems(ZPlanResponseInput, { planVersion: 2_147_483_648, response: 'accepted' }).map((p) => p.field),
    ).toEqual(['planVersion']);
  });

  it('refuses rent amounts, and incomes that together pass the column', () => {
    const rent = { applicationId: ID, effectiveDate: '2026-01-05', incomes: [], contractRentMonthlyCents: 0 };
    expect(
      problems(ZRentInput, { ...rent, contractRentMonthlyCents: 2_147_483_648 }).map((p) => p.field),
    ).toEqual(['contractRentMonthlyCents']);
    const half = { label: 'Wages', annualCents: Math.ceil(INT32_MAX / 2) + 1 };
    expect(problems(ZRentInput, { ...rent, incomes: [half, half] }).map((p) => p.field)).toEqual(['incomes']);
    expect(problems(ZRentInput, { ...rent, incomes: [half] })).toEqual([]);
  });
});

describe('dates that do not exist', () => {
  it('answers 2026-02-30 with the field, before any check that compares dates', () => {
    const stay = { applicationId: ID, start: '2026-02-30', end: '2026-03-10', location: 'emergency_shelter' };
    expect(problems(ZStayAddInput, stay)).toEqual([
      { field: 'start', message: 'Enter a real date (day, month and year).' },
    ]);
    expect(problems(ZStayAddInput, { ...stay, start: '2026-03-01', end: '2026-02-30' })).toEqual([
      { field: 'end', message: 'Enter a real date (day, month and year).' },
    ]);
  });
});

describe('sign-in input', () => {
  it('a password over 1,024 characters has its own message, naming the field', () => {
    expect(problems(ZLoginInput, { email: 'a@example.org', password: 'x'.repeat(1025) })).toEqual([
      { field: 'password', message: 'A password is at most 1,024 characters long. Check what you entered.' },
    ]);
    expect(problems(ZLoginInput, { email: 'a@example.org', password: '' })).toEqual([
      { field: 'password', message: 'Enter your password' },
    ]);
  });
});
