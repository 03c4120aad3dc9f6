import { describe, expect, it } from 'vitest';
import { dollarsToCents, filledRows, optionalInt, optionalText, yesNo } from './values';

describe('display values to schema input', () => {
  it('reads dollars as cents, and leaves the schema to refuse what is not an amount', () => {
    expect(dollarsToCents('9,600.00')).toBe(960_000);
    expect(dollarsToCents('$850')).toBe(85_000);
    expect(dollarsToCents('  ')).toBeUndefined();
    expect(dollarsToCents('12.345')).toBeNaN();
    expect(dollarsToCents('ten')).toBeNaN();
    // A negative amount is read as one, so the schema's "below zero" message can say what is wrong.
    expect(dollarsToCents('-9,600.00')).toBe(-960_000);
    expect(dollarsToCents('$-5')).toBe(-500);
    expect(dollarsToCents('--5')).toBeNaN();
  });

  it('reads whole numbers, optional text and yes/no answers', () => {
    expect(optionalInt('3')).toBe(3);
    expect(optionalInt('')).toBeUndefined();
    expect(optionalInt('3.5')).toBeNaN();
    expect(optionalText('  note ')).toBe('note');
    expect(optionalText('   ')).toBeUndefined();
    expect([yesNo('yes'), yesNo('no'), yesNo('')]).toEqual([true, false, undefined]);
  });

  it('drops blank rows at the end only, so row numbers still match', () => {
    const filled = (row: string) => row !== '';
    expect(filledRows(['a', 'b', '', ''], filled)).toEqual(['a', 'b']);
    expect(filledRows(['a', '', 'c', ''], filled)).toEqual(['a', '', 'c']);
    expect(filledRows(['', ''], filled)).toEqual([]);
  });
});
