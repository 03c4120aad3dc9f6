import { notBefore, notInFuture } from './date-checks';
import { badInput, conflict } from './errors';

/**
 * The resource directory and linkages (CT PSH training): "a referral is not a linkage". A
 * linkage moves referred → connected (first contact) → engaged (working), and may end at any point.
 */

export const RESOURCE_CATEGORIES = [
  'mental_health',
  'substance_use',
  'medical',
  'benefits_financial',
  'legal',
  'employment',
  'education',
  'peer_social',
  'recreation',
  'housing',
] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];
export const RESOURCE_CATEGORY_LABELS: Record<ResourceCategory, string> = {
  mental_health: 'Mental health',
  substance_use: 'Substance use',
  medical: 'Medical',
  benefits_financial: 'Benefits / financial',
  legal: 'Legal',
  employment: 'Employment',
  education: 'Education',
  peer_social: 'Peer / social',
  recreation: 'Recreation',
  housing: 'Housing',
};

export const LINKAGE_STATUSES = ['referred', 'connected', 'engaged', 'ended'] as const;
export type LinkageStatus = (typeof LINKAGE_STATUSES)[number];
export const LINKAGE_STATUS_LABELS: Record<LinkageStatus, string> = {
  referred: 'Referred',
  connected: 'Connected (first contact made)',
  engaged: 'Engaged (working)',
  ended: 'Ended',
};

const LINKAGE_NEXT: Record<LinkageStatus, readonly LinkageStatus[]> = {
  referred: ['connected', 'ended'],
  connected: ['engaged', 'ended'],
  engaged: ['ended'],
  ended: [],
};

export function nextLinkageStatuses(status: LinkageStatus): readonly LinkageStatus[] {
  return LINKAGE_NEXT[status];
}

/** Referred → connected → engaged → ended, one step at a time; ending is possible at any point. */
export function checkLinkageTransition(
  from: LinkageStatus,
  to: LinkageStatus,
): { allowed: boolean; reasons: string[] } {
  if (LINKAGE_NEXT[from].includes(to)) {
    return { allowed: true, reasons: [`${LINKAGE_STATUS_LABELS[from]} → ${LINKAGE_STATUS_LABELS[to]}.`] };
  }
  const options = LINKAGE_NEXT[from];
  return {
    allowed: false,
    reasons: [
      options.length === 0
        ? 'This linkage has ended; record a new referral to start again.'
        : `A linkage that is ${LINKAGE_STATUS_LABELS[from].toLowerCase()} can move only to: ${options.map((s) => LINKAGE_STATUS_LABELS[s].toLowerCase()).join(' or ')}.`,
    ],
  };
}

/** What the count of working linkages reads of a linkage: its status, engagement and check-ins. */
export interface LinkageWorkingFacts {
  status: LinkageStatus;
  engagedOn: string | null;
  /** The regular check-ins ("is it working?"); a "yes" is the person's word that it works. */
  checkIns?: readonly { isWorking: boolean }[];
}

/** A referral became a working linkage when it was engaged, or a check-in found it working. */
export function isWorkingLinkage(linkage: LinkageWorkingFacts): boolean {
  return linkage.engagedOn !== null || (linkage.checkIns ?? []).some((c) => c.isWorking);
}

/** "A referral is not a linkage": how many referrals became working linkages. */
export function linkageSummary(linkages: readonly LinkageWorkingFacts[]): {
  referrals: number;
  working: number;
  reasons: string[];
} {
  const referrals = linkages.length;
  const working = linkages.filter(isWorkingLinkage).length;
  return {
    referrals,
    working,
    reasons: [`${working} of ${referrals} referrals became working linkages.`],
  };
}

/** A referral goes to an active resource of the directory, on a day that has happened. */
export function checkNewLinkage(check: {
  referredOn: string;
  today: string;
  resource: { isActive: boolean } | null;
}): void {
  notInFuture('referredOn', check.referredOn, check.today);
  if (!check.resource?.isActive) badInput('resourceId', 'Choose a resource from the directory.');
}

/** What a move writes: the new status and the date that status records. */
export type LinkageMove =
  | { status: 'referred' }
  | { status: 'connected'; connectedOn: string }
  | { status: 'engaged'; engagedOn: string }
  | { status: 'ended'; endedOn: string; endNote: string | null };

/**
 * One step along the linkage (see checkLinkageTransition), dated between the referral and today.
 * Connecting records the first contact, engaging the day it started working, ending its note.
 */
export function linkageMove(check: {
  linkage: { status: LinkageStatus; referredOn: string };
  to: LinkageStatus;
  date: string;
  note: string;
  today: string;
}): LinkageMove {
  const transition = checkLinkageTransition(check.linkage.status, check.to);
  if (!transition.allowed) conflict(transition.reasons[0]!);
  notInFuture('date', check.date, check.today);
  notBefore('date', check.date, check.linkage.referredOn, 'the referral');
  switch (check.to) {
    case 'connected':
      return { status: 'connected', connectedOn: check.date };
    case 'engaged':
      return { status: 'engaged', engagedOn: check.date };
    case 'ended':
      return { status: 'ended', endedOn: check.date, endNote: check.note.trim() || null };
    default:
      return { status: check.to };
  }
}

/** A check-in ("is it working?") is dated between the referral and today. */
export function checkLinkageCheckIn(check: {
  linkage: { referredOn: string };
  checkInDate: string;
  today: string;
}): void {
  notInFuture('checkInDate', check.checkInDate, check.today);
  notBefore('checkInDate', check.checkInDate, check.linkage.referredOn, 'the referral');
}
