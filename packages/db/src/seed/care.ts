import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { acuityDomains, acuityTiers, resources } from '../schema/services/care';
import type { ResourceCategory } from '@hearth/domain';

/**
 * Program defaults for assessment & acuity and a small resource directory. Program data, not
 * code: admins may change them. Deterministic, and idempotent (conflicts are left alone).
 * Resource entries are synthetic, Portland, ME-style: not real agencies or numbers.
 */

export const DEFAULT_ACUITY_DOMAINS = [
  {
    key: 'housing_stability',
    name: 'Housing stability & tenancy',
    anchorLow: 'Meets the obligations of the lease on their own; no lease issues.',
    anchorHigh: 'At risk of eviction now: serious or repeated lease violations, or rent far behind.',
  },
  {
    key: 'income_benefits',
    name: 'Income & benefits',
    anchorLow: 'Stable income that covers rent and basic needs; manages money independently.',
    anchorHigh: 'No income and no benefits applied for; cannot meet basic needs.',
  },
  {
    key: 'physical_health',
    name: 'Physical health',
    anchorLow: 'Health needs met; has and uses a primary care provider.',
    anchorHigh: 'Untreated serious or chronic condition; frequent emergency room use.',
  },
  {
    key: 'mental_health',
    name: 'Mental health',
    anchorLow: 'Symptoms managed; connected to treatment when wanted.',
    anchorHigh: 'Severe symptoms that threaten safety or tenancy; no treatment connection.',
  },
  {
    key: 'substance_use',
    name: 'Substance use',
    anchorLow: 'No use, or use that causes no harm to health or housing.',
    anchorHigh: 'Use causing serious harm to health, safety or tenancy; overdose risk.',
  },
  {
    key: 'daily_living',
    name: 'Daily living skills',
    anchorLow: 'Keeps the home, shops, cooks and manages appointments independently.',
    anchorHigh: 'Cannot manage daily tasks; the unit’s condition threatens health or the lease.',
  },
  {
    key: 'social_supports',
    name: 'Social supports',
    anchorLow: 'Has people to count on and takes part in community.',
    anchorHigh: 'Isolated, or surrounded by relationships that put housing at risk (e.g. guests).',
  },
  {
    key: 'legal',
    name: 'Legal',
    anchorLow: 'No legal issues.',
    anchorHigh: 'Open charges, warrants or court dates that threaten housing or liberty.',
  },
  {
    key: 'safety_crisis',
    name: 'Safety & crisis risk',
    anchorLow: 'No recent crises; has a crisis plan and knows who to call.',
    anchorHigh: 'Recent or current crisis: danger to self or others, or victimisation.',
  },
  {
    key: 'meaningful_activity',
    name: 'Employment, education & meaningful activity',
    anchorLow: 'Days have structure and purpose: work, school, volunteering or valued roles.',
    anchorHigh: 'No structure or purpose to the day; no interest yet in activity.',
  },
] as const;

/** Total of 10 domains (10–50) → service intensity. */
export const DEFAULT_ACUITY_TIERS = [
  {
    name: 'Tier 1: Low',
    minTotal: 10,
    maxTotal: 19,
    intensity: 'Contact at least monthly; focus on long-term goals and move-on readiness.',
  },
  {
    name: 'Tier 2: Moderate',
    minTotal: 20,
    maxTotal: 29,
    intensity: 'Contact every two weeks, with a home visit monthly.',
  },
  {
    name: 'Tier 3: High',
    minTotal: 30,
    maxTotal: 39,
    intensity: 'Weekly contact, including home visits; active linkage work.',
  },
  {
    name: 'Tier 4: Intensive',
    minTotal: 40,
    maxTotal: 50,
    intensity: 'Several contacts a week; crisis plan reviewed; supervisor aware.',
  },
] as const;

export const DEFAULT_RESOURCES: readonly {
  name: string;
  category: ResourceCategory;
  contact: string;
  provides: string;
  hasMou: boolean;
}[] = [
  {
    name: 'Casco Bay Community Mental Health',
    category: 'mental_health',
    contact: '207-555-0140, 15 Forest Ave',
    provides: 'Outpatient counselling, psychiatry and medication management; walk-in intake on weekdays.',
    hasMou: true,
  },
  {
    name: 'Back Cove Recovery Center',
    category: 'substance_use',
    contact: '207-555-0152, 88 Preble St',
    provides: 'Recovery coaching, peer groups, referrals to medication-assisted treatment.',
    hasMou: true,
  },
  {
    name: 'Munjoy Hill Health Clinic',
    category: 'medical',
    contact: '207-555-0163, 22 Congress St',
    provides: 'Primary care on a sliding fee scale, including people without insurance.',
    hasMou: false,
  },
  {
    name: 'Fore River Benefits Help Desk',
    category: 'benefits_financial',
    contact: '207-555-0174, 300 Fore St',
    provides: 'Help applying for SSI/SSDI, SNAP and MaineCare; representative payee service.',
    hasMou: false,
  },
  {
    name: 'Pine Tree Tenant Legal Aid',
    category: 'legal',
    contact: '207-555-0185, 45 Exchange St',
    provides: 'Free legal advice and representation for tenants facing eviction.',
    hasMou: true,
  },
  {
    name: 'Harbor Works Employment Services',
    category: 'employment',
    contact: '207-555-0196, 12 Marginal Way',
    provides: 'Supported employment (IPS), job search and benefits counselling.',
    hasMou: false,
  },
  {
    name: 'Portland Adult Learning Center',
    category: 'education',
    contact: '207-555-0107, 60 Allen Ave',
    provides: 'High school equivalency, English classes and computer skills.',
    hasMou: false,
  },
  {
    name: 'Eastern Prom Peer Center',
    category: 'peer_social',
    contact: '207-555-0118, 9 India St',
    provides: 'Peer-run drop-in centre, warm line and social activities.',
    hasMou: false,
  },
  {
    name: 'Deering Oaks Community Garden',
    category: 'recreation',
    contact: '207-555-0129, Deering Oaks Park',
    provides: 'Garden plots, weekly volunteer days and seasonal events.',
    hasMou: false,
  },
  {
    name: 'Cumberland County Housing Navigation',
    category: 'housing',
    contact: '207-555-0131, 190 Lancaster St',
    provides: 'Move-on support: housing search, vouchers and landlord mediation.',
    hasMou: true,
  },
];

export async function seedCare(tx: Executor, params: { programId: string }): Promise<void> {
  const { programId } = params;
  await tx
    .insert(acuityDomains)
    .values(DEFAULT_ACUITY_DOMAINS.map((d, i) => ({ programId, ...d, sortOrder: i + 1 })))
    .onConflictDoNothing();
  const existingTiers = await tx.$count(acuityTiers, eq(acuityTiers.programId, programId));
  if (existingTiers === 0) {
    await tx.insert(acuityTiers).values(DEFAULT_ACUITY_TIERS.map((t) => ({ programId, ...t })));
  }
  await tx
    .insert(resources)
    .values(DEFAULT_RESOURCES.map((r) => ({ programId, ...r })))
    .onConflictDoNothing();
}
