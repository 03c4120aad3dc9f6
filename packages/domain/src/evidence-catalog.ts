import { z } from 'zod';

/**
 * The catalogues of evidence: HUD's order of priority for homelessness documentation, the Maine
 * order of preference among third-party sources, the credentials and the kinds of disability evidence.
 */

/** HUD's order of priority for homelessness documentation (578.103(a)(4); Maine PSHP page). */
export const EVIDENCE_PRIORITY = [
  {
    type: 'third_party',
    rank: 1,
    label: 'Third-party verification',
    description:
      'HMIS record, written referral or written observation by an outreach worker, provider or community member',
  },
  {
    type: 'intake_observation',
    rank: 2,
    label: 'Intake-worker observation',
    description:
      "The intake worker's written observation, used where third-party verification is not available",
  },
  {
    type: 'self_certification',
    rank: 3,
    label: 'Self-certification',
    description:
      "The applicant's signed certification, with the worker's record of the attempts to get higher-priority evidence",
  },
] as const;

export const ZHomelessEvidenceType = z.enum(['third_party', 'intake_observation', 'self_certification']);
export type THomelessEvidenceType = z.infer<typeof ZHomelessEvidenceType>;

/** Rank of an evidence type, 1 (best) to 3. */
export function evidenceRank(type: THomelessEvidenceType): number {
  return EVIDENCE_PRIORITY.findIndex((entry) => entry.type === type) + 1;
}

export function evidenceLabel(type: THomelessEvidenceType): string {
  return EVIDENCE_PRIORITY.find((entry) => entry.type === type)?.label ?? type;
}

/** The Maine PSHP order of preference among third-party sources (then self-certification). */
export const THIRD_PARTY_SOURCE_PREFERENCE = [
  {
    source: 'hmis_record',
    rank: 1,
    label: 'HMIS record',
    description:
      'A report designed by the CoC HMIS lead agency, or a screenshot showing the client name, shelter name and entry/exit dates (or dates and place of case manager observation), with the name and signature of the person submitting it',
  },
  {
    source: 'housing_or_service_provider_or_institution',
    rank: 2,
    label: 'Housing or service provider, or institution',
    description:
      'Third-party verification from a housing or service provider, or institutional documentation',
  },
  {
    source: 'community_member_without_personal_relationship',
    rank: 3,
    label: 'Community member without a personal relationship',
    description:
      'Third-party verification from a community member who has no personal relationship with the applicant',
  },
  {
    source: 'community_member_with_personal_relationship',
    rank: 4,
    label: 'Community member with a personal relationship',
    description:
      'Third-party verification from a community member who has a personal relationship with the applicant',
  },
  {
    source: 'self_certification',
    rank: 5,
    label: 'Self-certification',
    description:
      'Self-certification, acknowledged by a provider who notes every attempt made to get primary or third-party verification',
  },
] as const;

export type ThirdPartySource = (typeof THIRD_PARTY_SOURCE_PREFERENCE)[number]['source'];
export const ZThirdPartySource = z.enum([
  'hmis_record',
  'housing_or_service_provider_or_institution',
  'community_member_without_personal_relationship',
  'community_member_with_personal_relationship',
  'self_certification',
]);

/** Credentials the Maine PSHP page accepts for a professional verification of disability. */
export const DISABILITY_CREDENTIALS = [
  { credential: 'MD', label: 'Doctor of Medicine' },
  { credential: 'DO', label: 'Doctor of Osteopathic Medicine' },
  { credential: 'LCPC', label: 'Licensed Clinical Professional Counselor' },
  { credential: 'APRN-BC', label: 'Advanced Practice Registered Nurse, Board Certified' },
  { credential: 'NP', label: 'Nurse Practitioner' },
  { credential: 'PA', label: 'Physician Assistant' },
  { credential: 'psychologist', label: 'Psychologist' },
  {
    credential: 'other_state_licensed',
    label: 'Another person licensed by the State to diagnose and treat the condition',
  },
] as const;

export type DisabilityCredential = (typeof DISABILITY_CREDENTIALS)[number]['credential'];

export const ZDisabilityEvidenceType = z.enum([
  'professional_verification',
  'ssa_verification',
  'disability_benefit_receipt',
  'intake_staff_observation',
  'self_report',
]);
export type TDisabilityEvidenceType = z.infer<typeof ZDisabilityEvidenceType>;

/** Evidence that, on its own, documents a disability (578.103(a)(4)(i)–(iii)). */
export const CONFIRMING_DISABILITY_EVIDENCE: readonly TDisabilityEvidenceType[] = [
  'professional_verification',
  'ssa_verification',
  'disability_benefit_receipt',
];

const DISABILITY_EVIDENCE_LABELS: Record<TDisabilityEvidenceType, string> = {
  professional_verification: 'written verification by a licensed professional',
  ssa_verification: 'written verification from the Social Security Administration',
  disability_benefit_receipt: 'receipt of a disability benefit',
  intake_staff_observation: "intake staff's recorded observation",
  self_report: 'self-report',
};

export function disabilityEvidenceLabel(type: TDisabilityEvidenceType): string {
  return DISABILITY_EVIDENCE_LABELS[type];
}
