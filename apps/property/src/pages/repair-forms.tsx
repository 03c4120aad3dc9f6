import { useMutation } from '@tanstack/react-query';
import {
  REPAIR_URGENCIES,
  UNIT_ENTRY_BASES,
  UNIT_ENTRY_BASIS_LABELS,
  ZRepairCompleteInput,
  ZRepairScheduleInput,
  ZRepairTriageInput,
} from '@hearth/domain';
import {
  Form,
  optionalText,
  SelectField,
  TextAreaField,
  TextField,
  titleCase,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';

interface RepairFormProps {
  repairId: string;
  onDone: () => Promise<void>;
}

/** Sets how urgent the repair is. */
export function TriageForm({ repairId, urgency, onDone }: RepairFormProps & { urgency: string }) {
  const trpc = useTRPC();
  const triage = useMutation(trpc.property.repairs.triage.mutationOptions({ onSuccess: onDone }));
  const form = useSchemaForm({
    schema: ZRepairTriageInput,
    defaultValues: { urgency },
    toInput: (v: { urgency: string }) => ({ repairId, urgency: v.urgency }),
  });
  return (
    <Form form={form} onSubmit={(input) => triage.mutateAsync(input)}>
      <h4>Triage</h4>
      <SelectField
        label="Urgency"
        options={REPAIR_URGENCIES.map((u) => ({ value: u, label: titleCase(u) }))}
        {...form.field('urgency')}
      />
      <button type="submit" className="button secondary" disabled={triage.isPending}>
        Set urgency
      </button>
    </Form>
  );
}

/** Plans the visit, with the notice the tenant was given. */
export function ScheduleForm({ repairId, onDone }: RepairFormProps) {
  const trpc = useTRPC();
  const schedule = useMutation(trpc.property.repairs.schedule.mutationOptions({ onSuccess: onDone }));
  const form = useSchemaForm({
    schema: ZRepairScheduleInput,
    defaultValues: { scheduledFor: '', noticeGiven: '' },
    toInput: (v: { scheduledFor: string; noticeGiven: string }) => ({ repairId, ...v }),
    messages: { scheduledFor: { empty: 'Enter the visit date' } },
  });
  return (
    <Form form={form} onSubmit={(input) => schedule.mutateAsync(input)}>
      <h4>Schedule</h4>
      <TextField label="Visit date" type="date" {...form.field('scheduledFor')} />
      <TextField
        label="Notice given to the tenant"
        hint="How and when you told them"
        {...form.field('noticeGiven')}
      />
      <button type="submit" className="button secondary" disabled={schedule.isPending}>
        Schedule visit
      </button>
    </Form>
  );
}

interface CompleteForm {
  completedOn: string;
  entryBasis: string;
  noticeGivenOn: string;
  note: string;
}

/** Marks the repair done; entering the unit is logged with its basis (the right to privacy). */
export function CompleteForm({ repairId, onDone }: RepairFormProps) {
  const trpc = useTRPC();
  const today = useToday();
  const complete = useMutation(trpc.property.repairs.complete.mutationOptions({ onSuccess: onDone }));
  const form = useSchemaForm({
    schema: ZRepairCompleteInput,
    defaultValues: { completedOn: today, entryBasis: '', noticeGivenOn: '', note: '' },
    toInput: (v: CompleteForm) => ({
      repairId,
      completedOn: v.completedOn,
      entryBasis: v.entryBasis || undefined,
      noticeGivenOn: v.noticeGivenOn || undefined,
      note: optionalText(v.note),
    }),
    messages: { completedOn: { empty: 'Enter the date it was done' } },
  });
  return (
    <Form form={form} onSubmit={(input) => complete.mutateAsync(input)}>
      <h4>Complete</h4>
      <TextField label="Date done" type="date" {...form.field('completedOn')} />
      <SelectField
        label="Entry into the unit was"
        options={[
          { value: '', label: 'Choose…' },
          ...UNIT_ENTRY_BASES.map((b) => ({ value: b, label: UNIT_ENTRY_BASIS_LABELS[b] })),
        ]}
        {...form.field('entryBasis')}
      />
      <TextField
        label="Date notice was given (if by notice)"
        type="date"
        hint="Written notice counts only when given the property’s days of notice before entry (see Settings)."
        {...form.field('noticeGivenOn')}
      />
      <TextAreaField label="What was done" rows={2} {...form.field('note')} />
      <button type="submit" className="button primary" disabled={complete.isPending}>
        Mark done
      </button>
    </Form>
  );
}
