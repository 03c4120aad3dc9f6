import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@hearth/ui';

/**
 * Reloads the application (its enrollment and determination) after a step changes it, and what
 * the rent form starts from (a move-in gives the household its unit and that unit's contract rent).
 */
export function useInvalidateApplication(applicationId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.staff.applications.get.queryKey({ applicationId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.rent.defaults.queryKey({ applicationId }) }),
    ]);
}
