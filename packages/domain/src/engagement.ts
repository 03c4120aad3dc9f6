import { notBefore, notInFuture } from './date-checks';
import { badInput } from './errors';

/** Engagement (CT PSH training): the warm handoff, and harm-reduction plans to prevent eviction. */

/** A warm handoff is recorded after it happened. */
export function checkWarmHandoff(check: { handoffDate: string; today: string }): void {
  notInFuture('handoffDate', check.handoffDate, check.today);
}

/**
 * A harm-reduction plan: the risk identified on a day that has happened, a follow-up on or after
 * it, and the chosen option (when one is chosen yet) one of the options weighed.
 */
export function checkHarmReductionPlan(check: {
  identifiedOn: string;
  followUpDate: string;
  optionCount: number;
  chosenOption: number | null;
  today: string;
}): void {
  notInFuture('identifiedOn', check.identifiedOn, check.today);
  notBefore('followUpDate', check.followUpDate, check.identifiedOn, 'the day the risk was identified');
  if (check.chosenOption !== null && !(check.chosenOption >= 0 && check.chosenOption < check.optionCount))
    badInput('chosenOption', 'Choose one of the options listed.');
}
