import { checkEvidence } from './evidence';
import type { THomelessEvidenceType, ThirdPartySource } from './evidence-catalog';
import {
  assessRvOrCamper,
  classifyHomelessness,
  type RvCamperAssessment,
  type TClassifyHomelessnessInput,
  type TRvCamperFactors,
} from './homelessness';
import type { ProgramPolicy } from './policy';

export interface LivingSituationInput {
  situation: TClassifyHomelessnessInput;
  rvCamper?: TRvCamperFactors | null | undefined;
  evidenceType: THomelessEvidenceType;
  evidenceSource?: ThirdPartySource | null | undefined;
  dueDiligenceForHigherPriorityDocumented?: boolean | null | undefined;
}

export interface LivingSituationAssessment {
  /** A situation the program does not accept (Category 2 or 3 alone) is recorded but refused. */
  decision: 'accepted' | 'refused';
  categories: number[];
  acceptedByProgram: boolean;
  reasons: string[];
  rvCamper: RvCamperAssessment | null;
  evidence: { acceptable: boolean; reasons: string[] };
}

/**
 * The current living situation, classified by HUD category, with the RV/camper checklist weighed
 * when the person lives in a place not meant for habitation, and the verdict on its evidence.
 */
export function assessLivingSituation(
  input: LivingSituationInput,
  policy?: Partial<ProgramPolicy>,
): LivingSituationAssessment {
  const classification = classifyHomelessness(input.situation, policy);
  const rvCamper = input.rvCamper ? assessRvOrCamper(input.rvCamper) : null;
  const evidence = checkEvidence({
    check: 'homelessEvidence',
    type: input.evidenceType,
    source: input.evidenceSource ?? null,
    dueDiligenceForHigherPriorityDocumented: input.dueDiligenceForHigherPriorityDocumented ?? null,
  });
  const reasons = [...classification.reasons];
  if (rvCamper && input.situation.livingSituation === 'place_not_meant_for_habitation') {
    reasons.push(...rvCamper.reasons);
  }
  return {
    decision: classification.acceptedByProgram ? 'accepted' : 'refused',
    categories: classification.categories,
    acceptedByProgram: classification.acceptedByProgram,
    reasons,
    rvCamper,
    evidence: { acceptable: evidence.acceptable, reasons: evidence.reasons },
  };
}
