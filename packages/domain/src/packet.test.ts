import { describe, expect, it } from 'vitest';

import type { FileDisability, FileSituation, FileStay } from './eligibility-file';
import { eligibilityPacket, orderDisabilityEvidence, orderHomelessEvidence } from './packet';
import { isEpisodic, monthsByBestEvidence } from './standing';
import { assessChronicHomelessness } from './chronic';

const situation = (overrides: Partial<FileSituation> & { id: string }) => ({
  categories: [1],
  acceptedByProgram: true,
  reasons: [],
  evidenceType: 'third_party' as const,
  evidenceSource: 'hmis_record' as const,
  evidenceDate: '2026-11-15',
  dueDiligenceDocumented: false,
  ...overrides,
});

const disability = (overrides: Partial<FileDisability> & { id: string }) => ({
  type: 'professional_verification' as const,
  evidenceDate: '2026-11-10',
  isAcceptable: true,
  isProvisional: false,
  disabledMember: 'head_of_household' as const,
  ...overrides,
});

describe('the order of the packet', () => {
  it('homelessness: by priority, then source preference, then newest first', () => {
    const ordered = orderHomelessEvidence([
      situation({ id: 'self', evidenceType: 'self_certification', evidenceSource: null }),
      situation({ id: 'community', evidenceSource: 'community_member_with_personal_relationship' }),
      situation({ id: 'hmis-old', evidenceDate: '2026-10-01' }),
      situation({ id: 'observation', evidenceType: 'intake_observation', evidenceSource: null }),
      situation({ id: 'hmis-new', evidenceDate: '2026-11-01' }),
    ]);
    expect(ordered.map((s) => s.id)).toEqual(['hmis-new', 'hmis-old', 'community', 'observation', 'self']);
  });

  it('disability: confirming kinds first, then observation, then self-report; oldest first', () => {
    const ordered = orderDisabilityEvidence([
      disability({ id: 'self', type: 'self_report' }),
      disability({ id: 'observation', type: 'intake_staff_observation' }),
      disability({ id: 'benefit', type: 'disability_benefit_receipt' }),
      disability({ id: 'pro-late', evidenceDate: '2026-11-20' }),
      disability({ id: 'pro-early', evidenceDate: '2026-11-01' }),
    ]);
    expect(ordered.map((d) => d.id)).toEqual(['pro-early', 'pro-late', 'benefit', 'observation', 'self']);
  });
});

describe('chronic summaries', () => {
  const stays: FileStay[] = [
    {
      startDate: '2025-09-01',
      endDate: '2026-03-31',
      location: 'place_not_meant_for_habitation',
      documentation: 'third_party',
    },
    {
      startDate: '2026-04-01',
      endDate: '2026-11-23',
      location: 'emergency_shelter',
      documentation: 'self_certification',
    },
  ];
  const chronic = assessChronicHomelessness({
    asOfDate: '2026-11-23',
    hasQualifyingDisability: true,
    stays: stays.map((s) => ({
      start: s.startDate,
      end: s.endDate,
      location: s.location,
      documentation: s.documentation,
    })),
  });

  it('counts the months on the facts by their best evidence', () => {
    expect(monthsByBestEvidence(chronic)).toEqual({
      third_party: 7,
      intake_observation: 0,
      self_certification: 8,
    });
  });

  it('one continuous year is not episodic', () => {
    expect(isEpisodic(chronic)).toBe(false);
  });
});

describe('eligibilityPacket', () => {
  const base = {
    stays: [] as FileStay[],
    applicationDate: '2026-11-03',
    determinationDate: '2026-11-20',
    hasCesReferral: true,
    requiresChronicHomelessness: false,
  };

  it('a complete file misses nothing, and keeps the records it was given', () => {
    const packet = eligibilityPacket({
      ...base,
      situations: [situation({ id: 's1' })],
      disability: [disability({ id: 'd1' })],
    });
    expect(packet.missing).toMatchObject({ complete: true, missing: [] });
    expect(packet.homelessEvidence[0]?.id).toBe('s1');
    expect(packet.disabilityEvidence[0]?.id).toBe('d1');
  });

  it('an observation only asks for the confirmation; no referral asks for it too', () => {
    const packet = eligibilityPacket({
      ...base,
      hasCesReferral: false,
      situations: [situation({ id: 's1' })],
      disability: [disability({ id: 'd1', type: 'intake_staff_observation', isProvisional: true })],
    });
    expect(packet.missing.missing.map((m) => m.code)).toEqual(['ces_referral', 'disability_confirmation']);
  });

  it('a verification lacking its certifications is shown but does not count', () => {
    const packet = eligibilityPacket({
      ...base,
      situations: [situation({ id: 's1' })],
      disability: [disability({ id: 'd1', isAcceptable: false })],
    });
    expect(packet.disabilityEvidence).toHaveLength(1);
    expect(packet.missing.missing.map((m) => m.code)).toEqual(['disability_evidence']);
  });

  it('chronic required: the months to document are listed', () => {
    const packet = eligibilityPacket({
      ...base,
      requiresChronicHomelessness: true,
      situations: [situation({ id: 's1' })],
      disability: [disability({ id: 'd1' })],
    });
    expect(packet.missing.missing.map((m) => m.code)).toEqual(['chronic_months']);
  });
});
