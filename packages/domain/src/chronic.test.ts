import { describe, expect, it } from 'vitest';

import { assessChronicHomelessness } from './chronic';
import type { TStay, TStayLocation } from './chronic';
import { DomainError } from './errors';
import type { THomelessEvidenceType } from './evidence';

const stay = (
  start: string,
  end: string,
  location: TStayLocation,
  documentation: THomelessEvidenceType | null = 'third_party',
): TStay => ({ start, end, location, documentation });

const assess = (asOfDate: string, stays: TStay[], hasQualifyingDisability = true) =>
  assessChronicHomelessness({ asOfDate, hasQualifyingDisability, stays });

/** One street stay per calendar month, with the documentation given month by month. */
function monthlyStreetStays(firstMonth: string, docs: THomelessEvidenceType[]): TStay[] {
  const [year, month] = firstMonth.split('-').map(Number) as [number, number];
  return docs.map((documentation, i) => {
    const index = year * 12 + month - 1 + i;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const key = `${y}-${String(m).padStart(2, '0')}`;
    return stay(`${key}-01`, `${key}-${last}`, 'place_not_meant_for_habitation', documentation);
  });
}

describe('assessChronicHomelessness — breaks of 7 nights', () => {
  const street = 'place_not_meant_for_habitation' as const;

  it('6 consecutive housed nights are not a break', () => {
    const result = assess('2025-12-31', [
      stay('2024-01-01', '2025-03-09', street),
      stay('2025-03-10', '2025-03-15', 'housed'),
      stay('2025-03-16', '2025-12-31', street),
    ]);
    expect(result.breaks).toEqual([]);
    expect(result.occasions).toBe(1);
    expect(result.monthsCounted).toBe(24);
    expect(result.currentOccasionMonths).toBe(24);
    expect(result.chronic).toBe(true);
    expect(result.path).toBe('continuous_12_months');
  });

  it('7 consecutive housed nights are a break, and the month holding them is not credited', () => {
    const result = assess('2025-12-31', [
      stay('2024-01-01', '2025-03-09', street),
      stay('2025-03-10', '2025-03-16', 'housed'),
      stay('2025-03-17', '2025-12-31', street),
    ]);
    expect(result.breaks).toEqual([{ start: '2025-03-10', end: '2025-03-16', nights: 7 }]);
    expect(result.occasions).toBe(2);
    expect(result.monthsCounted).toBe(23);
    expect(result.months.find((m) => m.month === '2025-03')).toMatchObject({
      status: 'break',
      countedOnFacts: false,
    });
    expect(result.currentOccasionMonths).toBe(9);
    expect(result.chronic).toBe(false);
    expect(result.path).toBeNull();
    expect(result.documentationSufficient).toBeNull();
    expect(result.meetsDefinitionOnFacts).toBe(false);
  });

  it('a 7-night break split across two months separates occasions but blocks neither month', () => {
    const result = assess('2025-12-31', [
      stay('2024-01-01', '2025-02-25', street),
      stay('2025-02-26', '2025-03-04', 'transitional_housing'),
      stay('2025-03-05', '2025-12-31', street),
    ]);
    expect(result.occasions).toBe(2);
    expect(result.monthsCounted).toBe(24);
    // February holds only nights of the earlier occasion, so the current one starts in March.
    expect(result.currentOccasionMonths).toBe(10);
    expect(result.chronic).toBe(false);
  });

  it('unknown nights never make a break, but a wholly unknown month interrupts the continuous path', () => {
    const result = assess('2025-12-31', [
      stay('2025-01-01', '2025-01-31', street),
      // February is not covered by any stay.
      stay('2025-03-01', '2025-12-31', 'emergency_shelter'),
    ]);
    expect(result.breaks).toEqual([]);
    expect(result.occasions).toBe(1);
    expect(result.months.find((m) => m.month === '2025-02')?.status).toBe('not_documented');
    expect(result.monthsCounted).toBe(11);
    expect(result.currentOccasionMonths).toBe(10);
  });

  it('a run of N nights interrupted by an unknown night is not a break', () => {
    const result = assess('2025-12-31', [
      stay('2024-10-01', '2025-03-03', street),
      stay('2025-03-04', '2025-03-07', 'housed'),
      stay('2025-03-08', '2025-03-08', 'unknown', null),
      stay('2025-03-09', '2025-03-12', 'housed'),
      stay('2025-03-13', '2025-12-31', street),
    ]);
    expect(result.breaks).toEqual([]);
    expect(result.occasions).toBe(1);
    expect(result.currentOccasionMonths).toBe(15);
  });
});

describe('assessChronicHomelessness — institutional stays', () => {
  const before = (start: string) => stay('2024-05-01', start, 'place_not_meant_for_habitation');

  it('89 nights so far in an institution entered from the street still counts', () => {
    const result = assess('2025-06-30', [
      before('2025-04-02'),
      stay('2025-04-03', '2025-06-30', 'institution'),
    ]);
    expect(result.currentlyQualifying).toBe(true);
    expect(result.monthsCounted).toBe(14);
    expect(result.currentOccasionMonths).toBe(14);
    expect(result.chronic).toBe(true);
    expect(result.path).toBe('continuous_12_months');
  });

  it('90 nights in an institution is a break, not homeless time', () => {
    const result = assess('2025-06-30', [
      before('2025-04-01'),
      stay('2025-04-02', '2025-06-30', 'institution'),
    ]);
    expect(result.currentlyQualifying).toBe(false);
    expect(result.breaks).toEqual([{ start: '2025-04-02', end: '2025-06-30', nights: 90 }]);
    expect(result.months.find((m) => m.month === '2025-04')?.status).toBe('break');
    expect(result.monthsCounted).toBe(11);
    expect(result.currentOccasionMonths).toBe(0);
    expect(result.documentationSufficient).toBeNull();
    expect(result.chronic).toBe(false);
  });

  it('a stay still running on asOfDate is measured by its nights so far', () => {
    const result = assess('2025-06-30', [
      before('2025-04-02'),
      stay('2025-04-03', '2025-12-31', 'institution'),
    ]);
    expect(result.currentlyQualifying).toBe(true);
    expect(result.chronic).toBe(true);
  });

  it('an institution entered from housing is not homeless time, however short', () => {
    const result = assess('2025-06-30', [
      stay('2024-05-01', '2025-05-31', 'emergency_shelter'),
      stay('2025-06-01', '2025-06-09', 'housed'),
      stay('2025-06-10', '2025-06-30', 'institution'),
    ]);
    expect(result.currentlyQualifying).toBe(false);
    expect(result.breaks).toEqual([{ start: '2025-06-01', end: '2025-06-30', nights: 30 }]);
    expect(result.chronic).toBe(false);
  });

  it('an institution entered from transitional housing does not count', () => {
    const result = assess('2025-06-30', [
      stay('2024-05-01', '2025-05-28', 'emergency_shelter'),
      stay('2025-05-29', '2025-05-31', 'transitional_housing'),
      stay('2025-06-01', '2025-06-30', 'institution'),
    ]);
    expect(result.currentlyQualifying).toBe(false);
  });

  it('back-to-back institution stays are one episode for the 90-night limit', () => {
    const result = assess('2025-06-30', [
      before('2025-04-01'),
      stay('2025-04-02', '2025-05-15', 'institution'),
      stay('2025-05-16', '2025-06-30', 'institution'),
    ]);
    expect(result.currentlyQualifying).toBe(false);
    expect(result.breaks).toEqual([{ start: '2025-04-02', end: '2025-06-30', nights: 90 }]);
  });

  it('a short institution stay between street stays is neither a break nor a gap', () => {
    const result = assess('2025-12-31', [
      stay('2025-01-01', '2025-03-31', 'place_not_meant_for_habitation'),
      stay('2025-04-01', '2025-06-28', 'institution'),
      stay('2025-06-29', '2025-12-31', 'safe_haven'),
    ]);
    expect(result.occasions).toBe(1);
    expect(result.monthsCounted).toBe(12);
    expect(result.chronic).toBe(true);
  });
});

describe('assessChronicHomelessness — 11, 12 and 13 months', () => {
  // Before the street stay, nothing is known: no break, but no homeless nights either.
  const history = (streetStart: string) => [
    stay('2020-01-01', addDay(streetStart, -1), 'unknown', null),
    stay(streetStart, '2025-12-15', 'place_not_meant_for_habitation'),
  ];

  it('13 months is chronic', () => {
    const result = assess('2025-12-15', history('2024-12-01'));
    expect(result.currentOccasionMonths).toBe(13);
    expect(result.chronic).toBe(true);
    expect(result.path).toBe('continuous_12_months');
  });

  it('12 calendar months are enough even when they span fewer than 365 nights', () => {
    const result = assess('2025-12-15', history('2025-01-20'));
    expect(result.currentOccasionMonths).toBe(12);
    expect(result.monthsCounted).toBe(12);
    expect(result.chronic).toBe(true);
  });

  it('7 or more housed nights earlier in the first month keep that month from counting', () => {
    const result = assess('2025-12-15', [
      stay('2020-01-01', '2025-01-19', 'housed'),
      stay('2025-01-20', '2025-12-15', 'place_not_meant_for_habitation'),
    ]);
    expect(result.months.find((m) => m.month === '2025-01')?.status).toBe('break');
    expect(result.currentOccasionMonths).toBe(11);
    expect(result.chronic).toBe(false);
  });

  it('11 months is not chronic and no documentation question arises', () => {
    const result = assess('2025-12-15', history('2025-02-01'));
    expect(result.currentOccasionMonths).toBe(11);
    expect(result.chronic).toBe(false);
    expect(result.meetsDefinitionOnFacts).toBe(false);
    expect(result.documentationSufficient).toBeNull();
    expect(result.path).toBeNull();
  });
});

describe('assessChronicHomelessness — 3 or 4 occasions', () => {
  const street = 'place_not_meant_for_habitation' as const;
  const fourOccasions = [
    stay('2023-01-01', '2023-03-31', street),
    stay('2023-04-01', '2023-04-30', 'housed'),
    stay('2023-05-01', '2023-07-31', 'emergency_shelter'),
    stay('2023-08-01', '2024-12-31', 'housed'),
    stay('2025-01-01', '2025-03-31', street),
    stay('2025-04-01', '2025-09-30', 'transitional_housing'),
    stay('2025-10-01', '2025-12-31', 'emergency_shelter'),
  ];

  it('4 occasions totalling 12 months are chronic by the four-occasion path', () => {
    const result = assess('2025-12-31', fourOccasions);
    expect(result.occasions).toBe(4);
    expect(result.monthsCounted).toBe(12);
    expect(result.currentOccasionMonths).toBe(3);
    expect(result.chronic).toBe(true);
    expect(result.path).toBe('four_occasions_12_months');
  });

  it('3 occasions totalling 12 months are not chronic', () => {
    const result = assess('2025-12-31', [
      stay('2023-01-01', '2023-04-30', 'housed'),
      stay('2023-05-01', '2023-10-31', 'emergency_shelter'),
      stay('2023-11-01', '2024-12-31', 'housed'),
      stay('2025-01-01', '2025-03-31', street),
      stay('2025-04-01', '2025-09-30', 'transitional_housing'),
      stay('2025-10-01', '2025-12-31', 'emergency_shelter'),
    ]);
    expect(result.occasions).toBe(3);
    expect(result.monthsCounted).toBe(12);
    expect(result.chronic).toBe(false);
    expect(result.documentationSufficient).toBeNull();
  });

  it('filling a break with homeless time can merge occasions and lose the episodic path', () => {
    // The definition's own quirk: more homeless months, but now only 3 occasions.
    const filled = fourOccasions.map((s) => (s.start === '2023-04-01' ? { ...s, location: street } : s));
    const result = assess('2025-12-31', filled);
    expect(result.occasions).toBe(3);
    expect(result.monthsCounted).toBe(13);
    expect(result.chronic).toBe(false);
  });

  it('an occasion wholly before the 3-year lookback does not count', () => {
    const result = assess('2025-12-31', [
      stay('2022-12-01', '2022-12-30', street),
      ...fourOccasions
        .slice(1)
        .map((s, i) => (i === 0 ? { ...s, start: '2022-12-31', end: '2023-04-30' } : s)),
    ]);
    expect(result.lookbackStart).toBe('2022-12-31');
    expect(result.occasions).toBe(3);
    expect(result.monthsCounted).toBe(9);
    expect(result.chronic).toBe(false);
  });

  it('the lookback boundary month counts through a homeless night on the boundary day', () => {
    const result = assess('2025-06-15', [
      stay('2022-06-01', '2022-06-15', street),
      stay('2022-06-16', '2022-06-30', 'unknown', null),
      stay('2022-07-01', '2025-05-31', 'housed'),
      stay('2025-06-01', '2025-06-15', street),
    ]);
    expect(result.lookbackStart).toBe('2022-06-15');
    expect(result.months).toHaveLength(37);
    expect(result.months[0]).toMatchObject({
      month: '2022-06',
      countedOnFacts: true,
      homelessNights: 1,
    });
    expect(result.occasions).toBe(2);
    expect(result.monthsCounted).toBe(2);

    const dayEarlier = assess('2025-06-15', [
      stay('2022-06-01', '2022-06-14', street),
      stay('2022-06-15', '2022-06-30', 'unknown', null),
      stay('2022-07-01', '2025-05-31', 'housed'),
      stay('2025-06-01', '2025-06-15', street),
    ]);
    expect(dayEarlier.months[0]?.countedOnFacts).toBe(false);
    expect(dayEarlier.occasions).toBe(1);
  });
});

describe('assessChronicHomelessness — documentation', () => {
  const tp = 'third_party' as const;
  const io = 'intake_observation' as const;
  const sc = 'self_certification' as const;

  it('one documented night credits the whole calendar month', () => {
    const result = assess('2025-12-31', [
      ...monthlyStreetStays('2025-01', [tp, tp, tp, tp]),
      stay('2025-05-05', '2025-05-05', 'place_not_meant_for_habitation', tp),
      ...monthlyStreetStays('2025-06', [tp, tp, tp, tp, tp, tp, tp]),
    ]);
    expect(result.months.find((m) => m.month === '2025-05')).toMatchObject({
      status: 'counted',
      homelessNights: 1,
      bestEvidence: 'third_party',
    });
    expect(result.currentOccasionMonths).toBe(12);
    expect(result.chronic).toBe(true);
  });

  it('3 self-certified months of 12 are allowed, intake observation counting with third party', () => {
    const result = assess(
      '2025-12-31',
      monthlyStreetStays('2025-01', [sc, sc, sc, io, io, tp, tp, tp, tp, tp, tp, tp]),
    );
    expect(result.selfCertifiedMonths).toBe(3);
    expect(result.documentationSufficient).toBe(true);
    expect(result.chronic).toBe(true);
    expect(result.months[result.months.length - 12]).toMatchObject({
      month: '2025-01',
      status: 'self_certified',
      bestEvidence: 'self_certification',
    });
  });

  it('4 self-certified months of 12 are not enough', () => {
    const result = assess(
      '2025-12-31',
      monthlyStreetStays('2025-01', [sc, sc, sc, sc, tp, tp, tp, tp, tp, tp, tp, tp]),
    );
    expect(result.selfCertifiedMonths).toBe(4);
    expect(result.meetsDefinitionOnFacts).toBe(true);
    expect(result.documentationSufficient).toBe(false);
    expect(result.chronic).toBe(false);
    expect(result.path).toBeNull();
  });

  it('the limit applies to the 12 most recent months of the current occasion', () => {
    const result = assess(
      '2025-12-31',
      monthlyStreetStays('2024-12', [tp, sc, sc, sc, sc, tp, tp, tp, tp, tp, tp, tp, tp]),
    );
    expect(result.currentOccasionMonths).toBe(13);
    expect(result.documentationSufficient).toBe(false);

    const olderSelfCertified = assess(
      '2025-12-31',
      monthlyStreetStays('2024-12', [sc, sc, sc, sc, tp, tp, tp, tp, tp, tp, tp, tp, tp]),
    );
    expect(olderSelfCertified.selfCertifiedMonths).toBe(4);
    expect(olderSelfCertified.chronic).toBe(true);
  });

  it('a month with the best evidence wins: third party beats self-certification in the same month', () => {
    const result = assess('2025-01-31', [
      stay('2025-01-01', '2025-01-15', 'place_not_meant_for_habitation', sc),
      stay('2025-01-16', '2025-01-31', 'emergency_shelter', tp),
    ]);
    expect(result.months.at(-1)).toMatchObject({ status: 'counted', bestEvidence: 'third_party' });
  });

  it('a month with no documentation counts on the facts but is not usable', () => {
    const docs = [tp, tp, tp, tp, tp, tp, tp, tp, tp, tp, tp, tp] as const;
    const stays = monthlyStreetStays('2025-01', [...docs]).map((s, i) =>
      i === 5 ? { ...s, documentation: null } : s,
    );
    const result = assess('2025-12-31', stays);
    expect(result.months.find((m) => m.month === '2025-06')).toMatchObject({
      status: 'not_documented',
      countedOnFacts: true,
      bestEvidence: null,
    });
    expect(result.monthsCounted).toBe(12);
    expect(result.meetsDefinitionOnFacts).toBe(true);
    expect(result.documentationSufficient).toBe(false);
  });

  it('four-occasion documentation: third party and intake months plus at most 3 self-certified', () => {
    const street = 'place_not_meant_for_habitation' as const;
    const history = (lastOccasionDoc: THomelessEvidenceType) => [
      stay('2023-01-01', '2023-03-31', street, sc),
      stay('2023-04-01', '2023-04-30', 'housed', sc),
      stay('2023-05-01', '2023-07-31', 'emergency_shelter', tp),
      stay('2023-08-01', '2024-12-31', 'housed', sc),
      stay('2025-01-01', '2025-03-31', street, io),
      stay('2025-04-01', '2025-09-30', 'transitional_housing', tp),
      stay('2025-10-01', '2025-12-31', 'emergency_shelter', lastOccasionDoc),
    ];
    const allowed = assess('2025-12-31', history(tp));
    expect(allowed.selfCertifiedMonths).toBe(3);
    expect(allowed.chronic).toBe(true);
    expect(allowed.path).toBe('four_occasions_12_months');

    const tooMany = assess('2025-12-31', history(sc));
    expect(tooMany.selfCertifiedMonths).toBe(6);
    expect(tooMany.documentationSufficient).toBe(false);
    expect(tooMany.chronic).toBe(false);
  });

  it('selfCertifiedMonths covers the whole window, not only the current occasion', () => {
    const result = assess('2025-12-31', [
      ...monthlyStreetStays('2023-06', [sc, sc]),
      stay('2023-08-01', '2024-12-31', 'housed'),
      ...monthlyStreetStays('2025-01', [tp, tp, tp, tp, tp, tp, tp, tp, tp, tp, tp, sc]),
    ]);
    expect(result.selfCertifiedMonths).toBe(3);
    expect(result.chronic).toBe(true);
    expect(result.path).toBe('continuous_12_months');
  });
});

describe('assessChronicHomelessness — §9.1 meanings', () => {
  const twelveMonths = [stay('2024-12-01', '2025-12-20', 'place_not_meant_for_habitation')];

  it('without a qualifying disability: documentation is still judged, chronic and path are not', () => {
    const result = assess('2025-12-20', twelveMonths, false);
    expect(result.meetsDefinitionOnFacts).toBe(false);
    expect(result.documentationSufficient).toBe(true);
    expect(result.chronic).toBe(false);
    expect(result.path).toBeNull();
  });

  it('a disability that is absent from the input is not established', () => {
    const result = assessChronicHomelessness({ asOfDate: '2025-12-20', stays: twelveMonths });
    expect(result.chronic).toBe(false);
  });

  it('someone now in transitional housing is not chronic, whatever the documentation', () => {
    const result = assess('2025-12-20', [
      stay('2024-12-01', '2025-12-16', 'place_not_meant_for_habitation'),
      stay('2025-12-17', '2025-12-20', 'transitional_housing'),
    ]);
    expect(result.currentlyQualifying).toBe(false);
    expect(result.currentOccasionMonths).toBe(13);
    expect(result.documentationSufficient).toBe(true);
    expect(result.meetsDefinitionOnFacts).toBe(false);
    expect(result.chronic).toBe(false);
    expect(result.path).toBeNull();
  });

  it('stays after asOfDate are ignored and a stay crossing it is cut at asOfDate', () => {
    const result = assess('2025-12-20', [
      ...twelveMonths,
      stay('2025-12-21', '2026-03-01', 'housed'),
      stay('2026-03-02', '2026-04-01', 'emergency_shelter'),
    ]);
    expect(result.chronic).toBe(true);
    expect(result.months.at(-1)?.month).toBe('2025-12');
  });

  it('an empty history is simply not chronic', () => {
    const result = assess('2025-12-20', []);
    expect(result).toMatchObject({
      chronic: false,
      path: null,
      monthsCounted: 0,
      occasions: 0,
      currentOccasionMonths: 0,
      selfCertifiedMonths: 0,
      documentationSufficient: null,
    });
    expect(result.months).toHaveLength(37);
  });

  it('gives reasons a case manager can read', () => {
    const result = assess('2025-12-20', twelveMonths);
    expect(result.reasons).toContain('Chronically homeless by the continuous 12-month path.');
    expect(
      result.reasons.some((r) => r.includes('13 consecutive counted month(s) ending December 2025')),
    ).toBe(true);
    expect(result.reasons).toContain(
      'On December 20, 2025 the person is in a place not meant for human habitation, which counts as homeless.',
    );
  });

  it('writes every date and month in its reasons as people read them, never yyyy-mm-dd', () => {
    const street = 'place_not_meant_for_habitation' as const;
    const result = assess('2025-12-31', [
      stay('2024-01-01', '2025-03-09', street),
      stay('2025-03-10', '2025-03-16', 'housed'),
      stay('2025-03-17', '2025-06-30', street),
      stay('2025-07-01', '2025-07-20', 'institution'),
      stay('2025-07-21', '2025-12-31', street),
      stay('2026-01-05', '2026-01-10', 'emergency_shelter'),
    ]);
    const text = result.reasons.join('\n');
    expect(text).toContain('Breaks of 7 or more nights: March 10, 2025 to March 16, 2025 (7 nights).');
    expect(text).toContain('Not credited because the month holds a break of 7 or more nights: March 2025.');
    expect(text).toContain('Institution stay from July 1, 2025');
    expect(text).toContain('1 stay(s) starting after December 31, 2025 are ignored.');
    expect(text).toContain('counted between December 31, 2022 and December 31, 2025');
    expect(text).not.toMatch(/\d{4}-\d{2}/);
  });
});

describe('assessChronicHomelessness — invalid input', () => {
  const catchError = (fn: () => unknown): DomainError => {
    try {
      fn();
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    throw new Error('expected a DomainError');
  };

  it('names a stay that ends before it starts', () => {
    const error = catchError(() =>
      assess('2025-12-20', [stay('2025-03-01', '2025-02-01', 'emergency_shelter')]),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.field).toBe('stays.0.end');
  });

  it('names a stay that overlaps another', () => {
    const error = catchError(() =>
      assess('2025-12-20', [
        stay('2025-01-01', '2025-02-01', 'emergency_shelter'),
        stay('2025-02-01', '2025-03-01', 'housed'),
      ]),
    );
    expect(error.field).toBe('stays.1.start');
  });

  it('rejects dates that are not real yyyy-mm-dd dates', () => {
    expect(catchError(() => assess('2025-02-30', [])).field).toBe('asOfDate');
    expect(catchError(() => assess('12/20/2025', [])).field).toBe('asOfDate');
    expect(
      catchError(() =>
        assess('2025-12-20', [{ ...stay('2025-01-01', '2025-02-01', 'housed'), location: 'car' as never }]),
      ).field,
    ).toBe('stays.0.location');
  });
});

function addDay(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
