import { Faker, en } from '@faker-js/faker';
import { count } from 'drizzle-orm';
import type { Database } from '../client';
import {
  caseloadAssignments,
  households,
  people,
  programs,
  properties,
  propertyAssignments,
  units,
  users,
} from '../schema/index';
import { createUser } from '../queries/core/identity';
import { seedIntake } from './intake';
import { seedTenancy } from './tenancy';
import { seedCare } from './care';
import { contractRentFor } from './units';

export const DEMO_PASSWORD = 'hearth-demo-2026';

export interface SeedOptions {
  /** Hashes the demo password; passed in so this package needs no crypto dependency. */
  hashPassword: (password: string) => Promise<string>;
  /** The seed's today, yyyy-mm-dd: caseload assignments start on it, and ages and dates count from it. */
  today: string;
  households?: number;
}

export interface SeedResult {
  seeded: boolean;
  programId: string;
}

const PROPERTIES = [
  {
    name: 'Elm Street Apartments',
    addressLine: '112 Elm Street',
    city: 'Portland',
    state: 'ME',
    postalCode: '04101',
    /** Fictional (555-01xx); Harbor View has none yet, for its manager to set on Settings. */
    emergencyMaintenancePhone: '207-555-0142',
    units: 24,
  },
  {
    name: 'Harbor View Residences',
    addressLine: '40 Commercial Street',
    city: 'Portland',
    state: 'ME',
    postalCode: '04101',
    emergencyMaintenancePhone: null,
    units: 20,
  },
] as const;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Synthetic demo data: one program, two properties, ~40 households and the demo accounts.
 * Seeds only an empty database, so it is safe to call on every start.
 */
export async function seedDemo(db: Database, options: SeedOptions): Promise<SeedResult> {
  const [existing] = await db.select({ n: count() }).from(programs);
  if (existing && existing.n > 0) {
    const [p] = await db.select({ id: programs.id }).from(programs).limit(1);
    return { seeded: false, programId: p!.id };
  }
  const faker = new Faker({ locale: [en] });
  faker.seed(2026);
  // Ages are counted from the seed's today, not the wall clock, so the demo data is the same on any run.
  faker.setDefaultRefDate(`${options.today}T12:00:00Z`);
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const householdCount = options.households ?? 40;

  return db.transaction(async (tx) => {
    const [program] = await tx
      .insert(programs)
      .values({ name: 'Casco Bay Permanent Supportive Housing' })
      .returning({ id: programs.id });
    const programId = program!.id;

    const unitIds: string[][] = [];
    const propertyIds: string[] = [];
    for (const p of PROPERTIES) {
      const [prop] = await tx
        .insert(properties)
        .values({
          programId,
          name: p.name,
          addressLine: p.addressLine,
          city: p.city,
          state: p.state,
          postalCode: p.postalCode,
          emergencyMaintenancePhone: p.emergencyMaintenancePhone,
        })
        .returning({ id: properties.id });
      propertyIds.push(prop!.id);
      const rows = await tx
        .insert(units)
        .values(
          Array.from({ length: p.units }, (_, i) => {
            const bedrooms = i % 6 === 0 ? 2 : i % 11 === 0 ? 3 : 1;
            return {
              propertyId: prop!.id,
              label: `${Math.floor(i / 8) + 1}${String.fromCharCode(65 + (i % 8))}`,
              bedrooms,
              contractRentCents: contractRentFor(bedrooms),
            };
          }),
        )
        .returning({ id: units.id });
      unitIds.push(rows.map((r) => r.id));
    }

    const staff = {
      cm: await createUser(tx, {
        programId,
        email: 'casemanager@example.org',
        displayName: 'Maria Okafor',
        role: 'case_manager',
        passwordHash,
      }),
      cm2: await createUser(tx, {
        programId,
        email: 'casemanager2@example.org',
        displayName: 'Sam Delgado',
        role: 'case_manager',
        passwordHash,
      }),
      supervisor: await createUser(tx, {
        programId,
        email: 'supervisor@example.org',
        displayName: 'Priya Raman',
        role: 'supervisor',
        passwordHash,
      }),
      admin: await createUser(tx, {
        programId,
        email: 'admin@example.org',
        displayName: 'Tom Bergeron',
        role: 'program_admin',
        passwordHash,
      }),
      property: await createUser(tx, {
        programId,
        email: 'property@example.org',
        displayName: 'Linda Chase',
        role: 'property_manager',
        passwordHash,
      }),
      property2: await createUser(tx, {
        programId,
        email: 'property2@example.org',
        displayName: 'Ray Thibodeau',
        role: 'property_manager',
        passwordHash,
      }),
    };
    await tx.insert(propertyAssignments).values([
      { propertyManagerId: staff.property.id, propertyId: propertyIds[0]! },
      { propertyManagerId: staff.property2.id, propertyId: propertyIds[1]! },
    ]);

    const heads: { personId: string; householdId: string; housed: boolean; propertyIndex: number }[] = [];
    const nextUnit = [0, 0];
    for (let h = 0; h < householdCount; h++) {
      // The last few households are still in intake: referred or applying, with no unit yet.
      const housed = h < householdCount - 4;
      const propertyIndex = h % 2;
      const unitId = housed ? unitIds[propertyIndex]![nextUnit[propertyIndex]!++] : undefined;
      const [household] = await tx
        .insert(households)
        .values({ programId, unitId: unitId ?? null })
        .returning({ id: households.id });
      const isDemoTenant = h === 0;
      const sex = faker.person.sexType();
      const head = {
        programId,
        householdId: household!.id,
        firstName: isDemoTenant ? 'Dana' : faker.person.firstName(sex),
        lastName: isDemoTenant ? 'Whitfield' : faker.person.lastName(),
        dateOfBirth: isoDate(faker.date.birthdate({ min: 24, max: 72, mode: 'age' })),
        relationshipToHead: 'self' as const,
        status: housed ? ('tenant' as const) : h % 2 ? ('applicant' as const) : ('referred' as const),
        phone: faker.helpers.replaceSymbols('207-555-0###'),
        isVawaProtected: h % 13 === 5,
      };
      const [person] = await tx.insert(people).values(head).returning({ id: people.id });
      heads.push({ personId: person!.id, householdId: household!.id, housed, propertyIndex });
      const extra = h % 7 === 3 ? 2 : h % 5 === 1 ? 1 : 0;
      for (let m = 0; m < extra; m++) {
        await tx.insert(people).values({
          programId,
          householdId: household!.id,
          firstName: faker.person.firstName(),
          lastName: head.lastName,
          dateOfBirth: isoDate(
            faker.date.birthdate({ min: m === 0 ? 3 : 19, max: m === 0 ? 17 : 60, mode: 'age' }),
          ),
          relationshipToHead: m === 0 ? 'child' : 'spouse',
          status: head.status,
        });
      }
    }

    await tx.insert(caseloadAssignments).values(
      heads.map((head, i) => ({
        caseManagerId: i % 2 === 0 ? staff.cm.id : staff.cm2.id,
        personId: head.personId,
        startDate: options.today,
      })),
    );

    // The demo tenant: head of the first household, in Elm Street, on Maria Okafor's caseload.
    await createUser(tx, {
      programId,
      email: 'tenant@example.org',
      displayName: 'Dana Whitfield',
      role: 'tenant',
      passwordHash,
      personId: heads[0]!.personId,
    });

    await seedIntake(tx, {
      programId,
      today: options.today,
      caseManagerIds: [staff.cm.id, staff.cm2.id],
      heads,
    });
    await seedTenancy(tx, {
      programId,
      today: options.today,
      propertyManagerIds: [staff.property.id, staff.property2.id],
      heads,
    });
    await seedCare(tx, { programId });
    return { seeded: true, programId };
  });
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
