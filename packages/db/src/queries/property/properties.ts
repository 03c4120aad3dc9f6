import { and, asc, eq } from 'drizzle-orm';
import { found, type TPropertySettingsInput } from '@hearth/domain';
import { propertyAssignments } from '../../schema/identity';
import { properties } from '../../schema/program';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import type { PropertyViewer } from './access';

/**
 * A property's own settings, kept by its manager: the days of written notice before entering a
 * unit, and the emergency maintenance number tenants see on their repairs page.
 */

const assignedTo = (viewer: PropertyViewer) =>
  and(
    eq(propertyAssignments.propertyId, properties.id),
    eq(propertyAssignments.propertyManagerId, viewer.userId),
  );

export async function listPropertySettings(db: Executor, params: { viewer: PropertyViewer }) {
  return db
    .select({
      propertyId: properties.id,
      name: properties.name,
      addressLine: properties.addressLine,
      city: properties.city,
      entryNoticeDays: properties.entryNoticeDays,
      emergencyMaintenancePhone: properties.emergencyMaintenancePhone,
    })
    .from(properties)
    .innerJoin(propertyAssignments, assignedTo(params.viewer))
    .orderBy(asc(properties.name));
}

export async function updatePropertySettings(
  db: Executor,
  params: { actor: Actor; viewer: PropertyViewer; input: TPropertySettingsInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: properties.id,
        entryNoticeDays: properties.entryNoticeDays,
        emergencyMaintenancePhone: properties.emergencyMaintenancePhone,
      })
      .from(properties)
      .innerJoin(propertyAssignments, assignedTo(viewer))
      .where(eq(properties.id, input.propertyId))
      .for('update', { of: properties })
      .limit(1);
    const property = found(row, 'property');
    const next = {
      entryNoticeDays: input.entryNoticeDays,
      emergencyMaintenancePhone: input.emergencyMaintenancePhone.trim() || null,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== property[k]);
    await tx
      .update(properties)
      .set({ ...next, updatedAt: actor.at })
      .where(eq(properties.id, property.id));
    await recordAudit(tx, actor, {
      action: 'property.settings',
      entityType: 'property',
      entityId: property.id,
      detail: { fields: changed },
    });
    return { propertyId: property.id };
  });
}
