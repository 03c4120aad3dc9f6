import { describe, expect, it } from 'vitest';

import { assessLivingSituation } from './living-situation';

describe('assessLivingSituation', () => {
  it('an emergency shelter is Category 1 and accepted', () => {
    const result = assessLivingSituation({
      situation: { livingSituation: 'emergency_shelter' },
      evidenceType: 'third_party',
      evidenceSource: 'hmis_record',
    });
    expect(result).toMatchObject({
      decision: 'accepted',
      categories: [1],
      acceptedByProgram: true,
      rvCamper: null,
    });
    expect(result.evidence.acceptable).toBe(true);
  });

  it('imminent risk alone is recorded but refused, with the reason', () => {
    const result = assessLivingSituation({
      situation: {
        livingSituation: 'staying_with_family_or_friends',
        residenceLostWithinDays: 7,
        subsequentResidenceIdentified: false,
        lacksResourcesAndSupportNetworks: true,
      },
      evidenceType: 'third_party',
      evidenceSource: 'community_member_with_personal_relationship',
    });
    expect(result).toMatchObject({ decision: 'refused', categories: [2], acceptedByProgram: false });
    expect(result.reasons).toContain('Not accepted by the program: it accepts Categories 1 and 4 only.');
  });

  it('the RV/camper checklist is weighed only for a place not meant for habitation', () => {
    const rvCamper = { clearlyOccupied: true, inDisrepair: true, insulated: false };
    const street = assessLivingSituation({
      situation: { livingSituation: 'place_not_meant_for_habitation' },
      rvCamper,
      evidenceType: 'intake_observation',
    });
    expect(street.rvCamper?.suggestsPlaceNotMeantForHabitation).toBe(true);
    expect(street.reasons).toEqual(expect.arrayContaining(street.rvCamper!.reasons));
    const shelter = assessLivingSituation({
      situation: { livingSituation: 'emergency_shelter' },
      rvCamper,
      evidenceType: 'intake_observation',
    });
    expect(shelter.rvCamper).not.toBeNull();
    expect(shelter.reasons.some((r) => street.rvCamper!.reasons.includes(r))).toBe(false);
  });

  it('self-certification without due diligence is not acceptable evidence', () => {
    const result = assessLivingSituation({
      situation: { livingSituation: 'emergency_shelter' },
      evidenceType: 'self_certification',
    });
    expect(result.evidence.acceptable).toBe(false);
  });
});
