import {
  DISABILITY_CREDENTIALS,
  disabilityEvidenceLabel,
  EVIDENCE_PRIORITY,
  FILE_STANDING_LABELS,
  type STAY_LOCATIONS,
  THIRD_PARTY_SOURCE_PREFERENCE,
  ZDisabilityEvidenceType,
  type FileStandingStatus,
  type TDisabilityEvidenceType,
  type Tone,
} from '@hearth/domain';

/** Words for the codes of the intake workflow, from the Maine PSHP page where it has them. */

export const LIVING_SITUATION_OPTIONS = [
  { value: '', label: 'Choose…' },
  {
    value: 'place_not_meant_for_habitation',
    label: 'Place not meant for human habitation (street, car, RV or camper, abandoned building)',
  },
  { value: 'emergency_shelter', label: 'Emergency shelter' },
  { value: 'safe_haven', label: 'Safe haven' },
  { value: 'transitional_housing', label: 'Transitional housing' },
  { value: 'hotel_motel', label: 'Hotel or motel' },
  { value: 'institution', label: 'Institution (hospital, jail, treatment facility)' },
  { value: 'staying_with_family_or_friends', label: 'Staying with family or friends' },
  { value: 'own_or_rented_housing', label: 'Own or rented housing' },
] as const;

export const STAY_LOCATION_LABELS: Record<(typeof STAY_LOCATIONS)[number], string> = {
  place_not_meant_for_habitation: 'Place not meant for human habitation',
  emergency_shelter: 'Emergency shelter',
  safe_haven: 'Safe haven',
  institution: 'Institution',
  transitional_housing: 'Transitional housing',
  housed: 'Housed',
  unknown: 'Unknown',
};

export const HOMELESS_EVIDENCE_OPTIONS = EVIDENCE_PRIORITY.map((e) => ({
  value: e.type,
  label: `${e.rank}. ${e.label}`,
}));

export const HOMELESS_EVIDENCE_LABELS: Record<string, string> = Object.fromEntries(
  EVIDENCE_PRIORITY.map((e) => [e.type, e.label]),
);

export const SOURCE_OPTIONS = THIRD_PARTY_SOURCE_PREFERENCE.map((s) => ({
  value: s.source,
  label: `${s.rank}. ${s.label}`,
}));

export const SOURCE_LABELS: Record<string, string> = Object.fromEntries(
  THIRD_PARTY_SOURCE_PREFERENCE.map((s) => [s.source, s.label]),
);

export const CREDENTIAL_OPTIONS = DISABILITY_CREDENTIALS.map((c) => ({
  value: c.credential,
  label: c.credential === 'other_state_licensed' ? c.label : `${c.credential} — ${c.label}`,
}));

export const DISABILITY_TYPE_OPTIONS = ZDisabilityEvidenceType.options.map((type) => ({
  value: type,
  label: capitalize(disabilityEvidenceLabel(type)),
}));

export function disabilityTypeLabel(type: string): string {
  return capitalize(disabilityEvidenceLabel(type as TDisabilityEvidenceType));
}

export const DISABLED_MEMBER_OPTIONS = [
  { value: 'head_of_household', label: 'Head of household' },
  { value: 'spouse', label: 'Spouse' },
  { value: 'other_adult', label: 'Other adult' },
  { value: 'child', label: 'Child' },
] as const;

export const STATUS_TEXT: Record<FileStandingStatus, { label: string; badge: string }> = {
  eligible: { label: 'Eligible', badge: 'badge-ok' },
  pending_disability_verification: { label: 'Pending disability verification', badge: 'badge-warn' },
  verification_overdue: { label: 'Disability verification overdue', badge: 'badge-danger' },
  ineligible: { label: 'Ineligible', badge: 'badge-danger' },
  not_determined: { label: FILE_STANDING_LABELS.not_determined.label, badge: 'badge-neutral' },
};

export function StatusBadge({ status }: { status: string }) {
  const s = STATUS_TEXT[status as FileStandingStatus] ?? { label: status, badge: 'badge-neutral' };
  return <span className={`badge ${s.badge}`}>{s.label}</span>;
}

export const CATEGORY_LABELS: Record<number, string> = {
  1: 'Category 1: literally homeless',
  2: 'Category 2: imminent risk of homelessness',
  3: 'Category 3: homeless under other federal statutes',
  4: 'Category 4: fleeing domestic violence',
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The alert class of a domain tone. */
export const TONE_ALERT: Record<Tone, string> = {
  ok: 'alert-ok',
  warn: 'alert-warn',
  danger: 'alert-error',
  neutral: '',
};

export const TONE_BADGE: Record<Tone, string> = {
  ok: 'badge-ok',
  warn: 'badge-warn',
  danger: 'badge-danger',
  neutral: 'badge-neutral',
};
