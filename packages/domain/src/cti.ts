import { z } from 'zod';

import { addMonths, compareDates, longDate, wholeMonthsBetween } from './dates';
import type { ProgramPolicy } from './policy';
import { resolvePolicy } from './policy';
import { parseInput, ZIsoDate } from './validation';

export const CTI_PHASES = [
  'pre_cti',
  'phase_1_transition',
  'phase_2_try_out',
  'phase_3_transfer_of_care',
  'completed',
] as const;
export type CtiPhase = (typeof CTI_PHASES)[number];

const CTI_PHASE_LABELS: Record<CtiPhase, string> = {
  pre_cti: 'Pre-CTI: building a trusting relationship before the move',
  phase_1_transition: 'Phase 1, transition to the community',
  phase_2_try_out: 'Phase 2, try-out',
  phase_3_transfer_of_care: 'Phase 3, transfer of care',
  completed: 'CTI completed',
};

export const ZCtiPhaseInput = z.object({ ctiStartDate: ZIsoDate, date: ZIsoDate });
export type TCtiPhaseInput = z.input<typeof ZCtiPhaseInput>;

export interface CtiPhaseResult {
  phase: CtiPhase;
  /** Whole calendar months since the CTI start (negative before it). */
  monthsElapsed: number;
  /** When the next phase begins; null once completed. */
  nextPhaseDate: string | null;
  reasons: string[];
}

/**
 * Critical Time Intervention phase on a date. Phases are calendar-month offsets from the start
 * (move-in): [0, L) transition, [L, 2L) try-out, [2L, 3L) transfer of care, then completed, where
 * L is the phase length (default 3). A month-end start clamps: Jan 31 + 1 month is Feb 28/29.
 */
export function ctiPhase(input: TCtiPhaseInput, policy?: Partial<ProgramPolicy>): CtiPhaseResult {
  const { ctiStartDate, date } = parseInput(ZCtiPhaseInput, input);
  const length = resolvePolicy(policy).ctiPhaseLengthMonths;
  if (compareDates(date, ctiStartDate) < 0) {
    return {
      phase: 'pre_cti',
      monthsElapsed: wholeMonthsBetween(ctiStartDate, date),
      nextPhaseDate: ctiStartDate,
      reasons: [`${CTI_PHASE_LABELS.pre_cti}; CTI starts on ${longDate(ctiStartDate)}.`],
    };
  }
  const monthsElapsed = wholeMonthsBetween(ctiStartDate, date);
  const index = Math.min(Math.floor(monthsElapsed / length), 3);
  const phase = (['phase_1_transition', 'phase_2_try_out', 'phase_3_transfer_of_care', 'completed'] as const)[
    index
  ] as CtiPhase;
  const nextPhaseDate = phase === 'completed' ? null : addMonths(ctiStartDate, (index + 1) * length);
  const reasons = [
    phase === 'completed'
      ? `${CTI_PHASE_LABELS.completed} on ${longDate(addMonths(ctiStartDate, 3 * length))}, ${3 * length} months after the start on ${longDate(ctiStartDate)}.`
      : `${CTI_PHASE_LABELS[phase]}: month ${monthsElapsed + 1} since the start on ${longDate(ctiStartDate)}; the next phase begins ${longDate(nextPhaseDate as string)}.`,
  ];
  return { phase, monthsElapsed, nextPhaseDate, reasons };
}
