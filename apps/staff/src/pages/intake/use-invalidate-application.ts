import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@hearth/ui';

/** Reloads the application (its enrollment and determination) after a step changes it. */
export function useInvalidateApplication(applicationId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: trpc.staff.applications.get.queryKey({ applicationId }) });
}
