import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { mayReassignCaseload } from '@hearth/domain';
import { STAFF_ROLES, ZCaseloadReassignInput, type TStaffRole } from '@hearth/domain/identity';
import {
  ErrorState,
  Form,
  Loading,
  Saved,
  SelectField,
  useCurrentUser,
  useSchemaForm,
  useTRPC,
} from '@hearth/ui';

/**
 * Assigns the person a new case manager (supervisors and program admins only; a case manager
 * sees nothing here). The old assignment ends yesterday and the new one starts today, audited.
 */
export function CaseloadReassign({
  personId,
  currentName,
}: {
  personId: string;
  currentName: string | null;
}) {
  const { role } = useCurrentUser();
  const isStaff = (STAFF_ROLES as readonly string[]).includes(role);
  if (!isStaff || !mayReassignCaseload(role as TStaffRole)) return null;
  return <ReassignForm personId={personId} currentName={currentName} />;
}

function ReassignForm({ personId, currentName }: { personId: string; currentName: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [savedName, setSavedName] = useState<string | null>(null);
  const choices = useQuery(trpc.staff.people.caseManagers.queryOptions());
  const reassign = useMutation(trpc.staff.people.reassignCaseManager.mutationOptions());
  const form = useSchemaForm({
    schema: ZCaseloadReassignInput,
    defaultValues: { caseManagerId: '' },
    toInput: (v: { caseManagerId: string }) => ({ personId, caseManagerId: v.caseManagerId }),
  });
  return (
    <section className="card" aria-labelledby="reassign-heading">
      <h2 id="reassign-heading">Assign a new case manager</h2>
      <p className="muted">
        Now: {currentName ?? 'no case manager'}. From today only the new case manager has this household on
        their caseload. The change is recorded in the audit log.
      </p>
      {savedName && <Saved>{savedName} is now the case manager.</Saved>}
      {choices.isPending ? (
        <Loading label="Loading the case managers" />
      ) : choices.isError ? (
        <ErrorState error={choices.error} />
      ) : (
        <Form
          form={form}
          onSubmit={async (input) => {
            setSavedName(null);
            await reassign.mutateAsync(input);
            setSavedName(choices.data.find((c) => c.id === input.caseManagerId)?.displayName ?? null);
            form.reset({ caseManagerId: '' });
            await Promise.all([
              queryClient.invalidateQueries({ queryKey: trpc.staff.people.byId.queryKey({ personId }) }),
              queryClient.invalidateQueries({ queryKey: trpc.staff.people.list.queryKey() }),
            ]);
          }}
        >
          <SelectField
            label="New case manager"
            options={[
              { value: '', label: 'Choose…' },
              ...choices.data
                .filter((c) => c.displayName !== currentName)
                .map((c) => ({ value: c.id, label: c.displayName })),
            ]}
            {...form.field('caseManagerId')}
          />
          <button type="submit" className="button primary" disabled={reassign.isPending}>
            Assign
          </button>
        </Form>
      )}
    </section>
  );
}
