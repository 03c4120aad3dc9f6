import { useMutation } from '@tanstack/react-query';
import {
  LINKAGE_STATUS_LABELS,
  nextLinkageStatuses,
  ZLinkageCheckInInput,
  type LinkageStatus,
} from '@hearth/domain';
import {
  ActionError,
  Form,
  formatDate,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
  yesNo,
  type RouterOutputs,
} from '@hearth/ui';

type Linkage = RouterOutputs['staff']['linkages']['list']['linkages'][number];

interface CheckInForm {
  isWorking: string;
  note: string;
  checkInDate: string;
}

/** One referral to a resource: its status, the buttons that move it on, and its check-ins. */
export function LinkageCard({ linkage: l, onChange }: { linkage: Linkage; onChange: () => void }) {
  const trpc = useTRPC();
  const today = useToday();
  const move = useMutation(trpc.staff.linkages.move.mutationOptions({ onSuccess: onChange }));
  const form = useSchemaForm({
    schema: ZLinkageCheckInInput,
    defaultValues: { isWorking: '', note: '', checkInDate: today },
    toInput: (v: CheckInForm) => ({
      linkageId: l.id,
      checkInDate: v.checkInDate,
      note: v.note,
      isWorking: yesNo(v.isWorking),
    }),
    messages: {
      isWorking: { empty: `Say whether ${l.resourceName} is working for the tenant` },
      checkInDate: { empty: 'Enter the date of the check-in' },
      note: { empty: 'Write what the check-in found' },
    },
  });
  const checkIn = useMutation(
    trpc.staff.linkages.checkIn.mutationOptions({
      onSuccess: () => {
        form.reset();
        onChange();
      },
    }),
  );
  const h = `l-${l.id}`;
  return (
    <article className="card" aria-labelledby={h}>
      <h3 id={h}>
        {l.resourceName}: {LINKAGE_STATUS_LABELS[l.status]}
      </h3>
      <p>
        {l.purpose}
        {l.isWarmHandoff ? ' · Warm handoff' : ''}
      </p>
      <p className="muted">
        Referred {formatDate(l.referredOn)}
        {l.connectedOn ? ` · first contact ${formatDate(l.connectedOn)}` : ''}
        {l.engagedOn ? ` · working since ${formatDate(l.engagedOn)}` : ''}
        {l.endedOn ? ` · ended ${formatDate(l.endedOn)}` : ''}
      </p>
      <ActionError error={move.error} at={move.submittedAt} />
      <div className="actions">
        {nextLinkageStatuses(l.status).map((s: LinkageStatus) => (
          <button
            key={s}
            type="button"
            className="button secondary"
            onClick={() => move.mutate({ linkageId: l.id, status: s, date: today })}
          >
            Mark {LINKAGE_STATUS_LABELS[s].toLowerCase()}
          </button>
        ))}
      </div>
      <h4>Check-ins</h4>
      {l.checkIns.length === 0 ? (
        <p className="muted">No check-ins yet.</p>
      ) : (
        <ul>
          {l.checkIns.map((c) => (
            <li key={c.id}>
              {formatDate(c.checkInDate)} — {c.isWorking ? 'Working' : 'Not working'}: {c.note} (
              {c.recordedByName})
            </li>
          ))}
        </ul>
      )}
      {l.status !== 'ended' && (
        <Form form={form} onSubmit={(input) => checkIn.mutateAsync(input)}>
          <SelectField
            label={`Is ${l.resourceName} working for the tenant?`}
            options={[
              { value: '', label: 'Choose…' },
              { value: 'yes', label: 'Yes, it is working' },
              { value: 'no', label: 'No, not yet' },
            ]}
            {...form.field('isWorking')}
          />
          <TextField label={`Check-in date (${l.resourceName})`} type="date" {...form.field('checkInDate')} />
          <TextAreaField label={`Check-in note (${l.resourceName})`} rows={2} {...form.field('note')} />
          <button type="submit" className="button secondary" disabled={checkIn.isPending}>
            Add check-in
          </button>
        </Form>
      )}
    </article>
  );
}
