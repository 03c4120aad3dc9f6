import type { Actor } from '@hearth/db';
import type { Context } from './context';

/** Who acts in this request, from where and when: what every audit event records. */
export function actorOf(ctx: Context): Actor {
  return { userId: ctx.user?.id ?? null, ip: ctx.ip, at: ctx.now() };
}
