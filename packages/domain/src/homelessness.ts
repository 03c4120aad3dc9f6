import { z } from 'zod';

import type { ProgramPolicy, THomelessCategory } from './policy';
import { resolvePolicy } from './policy';
import { parseInput } from './validation';

export const LIVING_SITUATIONS = [
  'place_not_meant_for_habitation',
  'emergency_shelter',
  'safe_haven',
  'transitional_housing',
  'hotel_motel',
  'institution',
  'staying_with_family_or_friends',
  'own_or_rented_housing',
] as const;

export const ZLivingSituation = z.enum(LIVING_SITUATIONS);
export type TLivingSituation = z.infer<typeof ZLivingSituation>;

const LIVING_SITUATION_LABELS: Record<TLivingSituation | 'housed', string> = {
  place_not_meant_for_habitation: 'a place not meant for human habitation',
  emergency_shelter: 'an emergency shelter',
  safe_haven: 'a safe haven',
  transitional_housing: 'transitional housing',
  hotel_motel: 'a hotel or motel',
  institution: 'an institution',
  staying_with_family_or_friends: 'staying with family or friends',
  own_or_rented_housing: 'their own or rented housing',
  housed: 'housing',
};

export const ZCategory3Facts = z.object({
  youthUnder25OrFamilyWithChildren: z.boolean().nullish(),
  homelessUnderOtherFederalStatute: z.boolean().nullish(),
  noPermanentHousingLeaseIn60Days: z.boolean().nullish(),
  movesInPreceding60Days: z.number().int().nonnegative().nullish(),
  expectedToContinueDueToSpecialNeedsOrBarriers: z.boolean().nullish(),
});

export const ZClassifyHomelessnessInput = z.object({
  livingSituation: ZLivingSituation.nullish(),
  hotelPaidBy: z.enum(['charitable_organization', 'government_program', 'self']).nullish(),
  exitingInstitution: z.boolean().nullish(),
  institutionStayNights: z.number().int().nonnegative().nullish(),
  situationBeforeInstitution: z.union([ZLivingSituation, z.literal('housed')]).nullish(),
  fleeingDomesticViolence: z.boolean().nullish(),
  hasOtherResidence: z.boolean().nullish(),
  lacksResourcesAndSupportNetworks: z.boolean().nullish(),
  residenceLostWithinDays: z.number().int().nonnegative().nullish(),
  subsequentResidenceIdentified: z.boolean().nullish(),
  category3: ZCategory3Facts.nullish(),
});
export type TClassifyHomelessnessInput = z.input<typeof ZClassifyHomelessnessInput>;

export interface HomelessnessClassification {
  categories: THomelessCategory[];
  acceptedByProgram: boolean;
  reasons: string[];
}

const CATEGORY_NAMES: Record<THomelessCategory, string> = {
  1: 'Category 1 (literally homeless)',
  2: 'Category 2 (imminent risk of homelessness)',
  3: 'Category 3 (homeless under other federal statutes)',
  4: 'Category 4 (fleeing or attempting to flee domestic violence)',
};

const CATEGORY_1_INSTITUTION_MAX_NIGHTS = 90;
const CATEGORY_2_MAX_DAYS = 14;
const CATEGORY_3_MIN_MOVES = 2;

type Input = z.output<typeof ZClassifyHomelessnessInput>;
interface Finding {
  met: boolean;
  reasons: string[];
}

/** HUD homeless categories of 24 CFR 578.3 (RULES.md §1). Categories are not exclusive. */
export function classifyHomelessness(
  situation: TClassifyHomelessnessInput,
  policy?: Partial<ProgramPolicy>,
): HomelessnessClassification {
  const input = parseInput(ZClassifyHomelessnessInput, situation);
  const settings = resolvePolicy(policy);
  const findings: Record<THomelessCategory, Finding> = {
    1: category1(input),
    2: category2(input),
    3: category3(input),
    4: category4(input),
  };
  const categories = ([1, 2, 3, 4] as const).filter((category) => findings[category].met);
  const accepted = categories.filter((category) => settings.acceptedCategories.includes(category));

  const reasons = categories.length
    ? [`Meets ${categories.map((category) => CATEGORY_NAMES[category]).join(' and ')}.`]
    : ['Does not meet any HUD homeless category on the facts recorded.'];
  for (const category of [1, 2, 3, 4] as const) {
    reasons.push(...findings[category].reasons);
  }
  const acceptedList = [...settings.acceptedCategories].sort().join(' and ');
  reasons.push(
    accepted.length
      ? `Accepted by the program (it accepts Categories ${acceptedList}).`
      : `Not accepted by the program: it accepts Categories ${acceptedList} only.`,
  );
  return { categories, acceptedByProgram: accepted.length > 0, reasons };
}

function category1(input: Input): Finding {
  const situation = input.livingSituation;
  switch (situation) {
    case 'place_not_meant_for_habitation':
      return met('Category 1(i): the primary nighttime residence is a place not meant for human habitation.');
    case 'emergency_shelter':
    case 'safe_haven':
    case 'transitional_housing':
      return met(`Category 1(ii): living in ${LIVING_SITUATION_LABELS[situation]}.`);
    case 'hotel_motel':
      if (input.hotelPaidBy === 'charitable_organization' || input.hotelPaidBy === 'government_program') {
        return met(
          `Category 1(ii): a hotel or motel paid for by a ${input.hotelPaidBy === 'charitable_organization' ? 'charitable organization' : 'government program'}.`,
        );
      }
      if (input.exitingInstitution !== true) {
        return notMet(
          input.hotelPaidBy === 'self'
            ? 'Category 1 not met: a hotel or motel the household pays for itself is not literal homelessness.'
            : 'Category 1 not established: who pays for the hotel or motel is not recorded.',
        );
      }
  }
  if (input.exitingInstitution === true) return category1ExitingInstitution(input);
  return notMet(
    situation
      ? `Category 1 not met: ${LIVING_SITUATION_LABELS[situation]} is not a literally homeless situation.`
      : 'Category 1 not established: the living situation is not recorded.',
  );
}

function category1ExitingInstitution(input: Input): Finding {
  const nights = input.institutionStayNights;
  const before = input.situationBeforeInstitution;
  const problems: string[] = [];
  if (nights == null) problems.push('the length of the institutional stay is not recorded');
  else if (nights > CATEGORY_1_INSTITUTION_MAX_NIGHTS) {
    problems.push(`the institutional stay lasted ${nights} nights, more than 90`);
  }
  // The literal text names only emergency shelter and places not meant for habitation; a safe
  // haven or transitional housing before entry does not qualify (RULES.md §1, MODEL).
  if (before == null) problems.push('where the person stayed immediately before entering is not recorded');
  else if (before !== 'emergency_shelter' && before !== 'place_not_meant_for_habitation') {
    problems.push(`immediately before entering the person was in ${LIVING_SITUATION_LABELS[before]}`);
  }
  if (problems.length) return notMet(`Category 1(iii) not met: ${problems.join('; ')}.`);
  return met(
    `Category 1(iii): exiting an institution after ${nights} nights (90 or less), having been in ${LIVING_SITUATION_LABELS[before as TLivingSituation]} immediately before.`,
  );
}

function category2(input: Input): Finding {
  const problems: string[] = [];
  const days = input.residenceLostWithinDays;
  if (days == null) problems.push('no date by which the residence will be lost is recorded');
  else if (days > CATEGORY_2_MAX_DAYS)
    problems.push(`the residence will be lost in ${days} days, not within 14`);
  if (input.subsequentResidenceIdentified !== false) {
    problems.push(
      input.subsequentResidenceIdentified === true
        ? 'a subsequent residence has been identified'
        : 'it is not established that no subsequent residence has been identified',
    );
  }
  if (input.lacksResourcesAndSupportNetworks !== true) {
    problems.push('lacking the resources and support networks to obtain other housing is not established');
  }
  if (problems.length) return quietNotMet(days != null, `Category 2 not met: ${problems.join('; ')}.`);
  return met(
    `Category 2: the residence will be lost within ${days} days, no subsequent residence is identified and the household lacks resources and support networks.`,
  );
}

function category3(input: Input): Finding {
  const facts = input.category3;
  if (!facts) return { met: false, reasons: [] };
  const problems: string[] = [];
  if (facts.youthUnder25OrFamilyWithChildren !== true) {
    problems.push('not established as an unaccompanied youth under 25 or a family with children and youth');
  }
  if (facts.homelessUnderOtherFederalStatute !== true) {
    problems.push('not established as homeless under another federal statute');
  }
  if (facts.noPermanentHousingLeaseIn60Days !== true) {
    problems.push('no lease, ownership or occupancy agreement in the last 60 days is not established');
  }
  const moves = facts.movesInPreceding60Days;
  if (moves == null || moves < CATEGORY_3_MIN_MOVES) {
    problems.push(`${moves ?? 'no'} move(s) recorded in the last 60 days; two or more are needed`);
  }
  if (facts.expectedToContinueDueToSpecialNeedsOrBarriers !== true) {
    problems.push('continued instability due to special needs or barriers is not established');
  }
  if (problems.length) return notMet(`Category 3 not met: ${problems.join('; ')}.`);
  return met(
    `Category 3: homeless under another federal statute, no permanent housing in 60 days, ${moves} moves in 60 days, and instability expected to continue.`,
  );
}

function category4(input: Input): Finding {
  const fleeing = input.fleeingDomesticViolence;
  const problems: string[] = [];
  if (fleeing !== true) problems.push('fleeing or attempting to flee domestic violence is not established');
  if (input.hasOtherResidence !== false) {
    problems.push(
      input.hasOtherResidence === true
        ? 'the household has another residence'
        : 'having no other residence is not established',
    );
  }
  if (input.lacksResourcesAndSupportNetworks !== true) {
    problems.push('lacking the resources and support networks to obtain other housing is not established');
  }
  if (problems.length) return quietNotMet(fleeing === true, `Category 4 not met: ${problems.join('; ')}.`);
  return met(
    'Category 4: fleeing or attempting to flee domestic violence, with no other residence and without the resources or support networks to obtain other housing.',
  );
}

function met(reason: string): Finding {
  return { met: true, reasons: [reason] };
}

function notMet(reason: string): Finding {
  return { met: false, reasons: [reason] };
}

/** A category nobody asked about stays out of the reasons, to keep them short. */
function quietNotMet(relevant: boolean, reason: string): Finding {
  return { met: false, reasons: relevant ? [reason] : [] };
}

// ---------------------------------------------------------------------------------------------
// RVs and campers (Maine PSHP page): a judgment the worker records, guided by these factors.

export const RV_CAMPER_QUESTIONS = [
  'Is the RV or camper insulated?',
  'Does it have adequate sewer and water (not counting equipment working as installed)?',
  'Does it have electricity, and are there any medical needs?',
  'Is it in disrepair that prevents proper use?',
] as const;

export const ZRvCamperFactors = z.object({
  inDisrepair: z.boolean().nullish(),
  lacksSewerWaterOrElectricity: z.boolean().nullish(),
  parkedInUnusualPlace: z.boolean().nullish(),
  clearlyOccupied: z.boolean().nullish(),
  insulated: z.boolean().nullish(),
});
export type TRvCamperFactors = z.input<typeof ZRvCamperFactors>;

export interface RvCamperAssessment {
  suggestsPlaceNotMeantForHabitation: boolean;
  factorsPresent: string[];
  questions: readonly string[];
  reasons: string[];
}

/**
 * RVs and campers are "ordinarily used as regular sleeping accommodations", so the worker weighs
 * the factors. We suggest "not meant for habitation" when it is clearly occupied and at least one
 * condition factor holds; the worker's recorded judgment stays the decision.
 */
export function assessRvOrCamper(factors: TRvCamperFactors): RvCamperAssessment {
  const input = parseInput(ZRvCamperFactors, factors);
  const factorsPresent: string[] = [];
  if (input.inDisrepair === true) factorsPresent.push('in disrepair');
  if (input.lacksSewerWaterOrElectricity === true) {
    factorsPresent.push('no proper sewer, water or electricity connections');
  }
  if (input.parkedInUnusualPlace === true) factorsPresent.push('parked in an unusual place');
  if (input.insulated === false) factorsPresent.push('not insulated');
  const suggests = input.clearlyOccupied === true && factorsPresent.length > 0;
  const reasons = [
    suggests
      ? `The RV or camper is clearly occupied and ${factorsPresent.join(', ')}: it may be a place not meant for human habitation (Category 1(i)); record the judgment.`
      : 'The factors recorded do not show that the RV or camper is a place not meant for human habitation.',
  ];
  return {
    suggestsPlaceNotMeantForHabitation: suggests,
    factorsPresent,
    questions: RV_CAMPER_QUESTIONS,
    reasons,
  };
}
