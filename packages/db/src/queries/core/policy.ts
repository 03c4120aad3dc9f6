/** The program's policy settings: program data (not services data), read by every side. */
import { eq } from 'drizzle-orm';
import { resolvePolicy, type ProgramPolicy } from '@hearth/domain';
import { programs } from '../../schema/program';
import type { Executor } from '../../client';

/** The program's settings (RULES.md §8 overrides), as stored. */
export async function findProgramSettings(db: Executor, params: { programId: string }) {
  const [row] = await db
    .select({ settings: programs.settings })
    .from(programs)
    .where(eq(programs.id, params.programId))
    .limit(1);
  return row?.settings ?? {};
}

/** The program's policy: its known settings over the defaults (other settings are not policy). */
export async function findProgramPolicy(db: Executor, params: { programId: string }): Promise<ProgramPolicy> {
  const settings = await findProgramSettings(db, params);
  const defaults = resolvePolicy();
  const known = Object.fromEntries(
    Object.entries(settings).filter(([key]) => key in defaults),
  ) as Partial<ProgramPolicy>;
  return resolvePolicy(known);
}
