import { asc, eq } from 'drizzle-orm';
import type { TRightsTopic } from '@hearth/domain';
import { rightsAcknowledgements } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import type { TenantViewer } from './home';

/** Rights and responsibilities: the pages the tenant said they read, and when. */
export async function listRightsAcknowledgements(db: Executor, params: { viewer: TenantViewer }) {
  return db
    .select({ topic: rightsAcknowledgements.topic, acknowledgedOn: rightsAcknowledgements.acknowledgedOn })
    .from(rightsAcknowledgements)
    .where(eq(rightsAcknowledgements.personId, params.viewer.personId))
    .orderBy(asc(rightsAcknowledgements.acknowledgedOn));
}

export async function acknowledgeRights(
  db: Executor,
  params: { actor: Actor; viewer: TenantViewer; today: string; topic: TRightsTopic },
) {
  const { actor, viewer } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rightsAcknowledgements)
      .values({ personId: viewer.personId, topic: params.topic, acknowledgedOn: params.today })
      .returning({ id: rightsAcknowledgements.id });
    await recordAudit(tx, actor, {
      action: 'rights.acknowledge',
      entityType: 'person',
      entityId: viewer.personId,
      detail: { topic: params.topic },
    });
    return { id: row!.id, acknowledgedOn: params.today };
  });
}
