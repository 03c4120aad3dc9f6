import { useMutation } from '@tanstack/react-query';
import { maxDate, ZEnrollmentUpsertInput } from '@hearth/domain';
import {
  filledRows,
  Form,
  formatDate,
  fullName,
  optionalText,
  Saved,
  SelectField,
  TextField,
  titleCase,
  useSchemaForm,
  useToday,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';
import { useInvalidateApplication } from './use-invalidate-application';

export type Enrollment = RouterOutputs['staff']['applications']['get']['enrollment'];

interface EnrollmentForm {
  projectStartDate: string;
  /** One row: a member to add this time (left blank, none is added). */
  newMembers: { firstName: string; lastName: string; dateOfBirth: string; relationshipToHead: string }[];
}

const NO_NEW_MEMBER = { firstName: '', lastName: '', dateOfBirth: '', relationshipToHead: 'child' };
const RELATIONSHIPS = ['spouse', 'partner', 'child', 'other_relative', 'other'].map((r) => ({
  value: r,
  label: titleCase(r),
}));

/** Step 5: the project start date and the household members enrolled. */
export function EnrollmentStep({
  applicationId,
  enrollment,
  applicationDate,
}: {
  applicationId: string;
  enrollment: Enrollment;
  applicationDate: string;
}) {
  const trpc = useTRPC();
  const today = useToday();
  const invalidate = useInvalidateApplication(applicationId);
  const form = useSchemaForm({
    schema: ZEnrollmentUpsertInput,
    defaultValues: {
      projectStartDate: enrollment?.projectStartDate ?? maxDate(today, applicationDate),
      newMembers: [NO_NEW_MEMBER],
    },
    toInput: (v: EnrollmentForm) => ({
      applicationId,
      projectStartDate: v.projectStartDate,
      newMembers: filledRows(v.newMembers, (m) => !!(m.firstName.trim() || m.lastName.trim())).map((m) => ({
        firstName: m.firstName,
        lastName: m.lastName,
        dateOfBirth: optionalText(m.dateOfBirth),
        relationshipToHead: m.relationshipToHead,
      })),
    }),
    messages: { projectStartDate: { empty: 'Enter the project start date' } },
  });
  const upsert = useMutation(
    trpc.staff.enrollment.upsert.mutationOptions({
      onSuccess: async () => {
        form.reset({ ...form.getValues(), newMembers: [NO_NEW_MEMBER] });
        await invalidate();
      },
    }),
  );
  return (
    <section aria-labelledby="enrollment-heading">
      <h2 id="enrollment-heading">Enrollment</h2>
      {upsert.isSuccess && <Saved>Enrollment saved.</Saved>}
      {enrollment ? (
        <div className="card">
          <h3>Enrolled: project start {formatDate(enrollment.projectStartDate)}</h3>
          <ul>
            {enrollment.members.map((m) => (
              <li key={m.personId}>
                {fullName(m)}:{' '}
                {m.relationshipToHead === 'self'
                  ? 'head of household'
                  : titleCase(m.relationshipToHead).toLowerCase()}
                {m.dateOfBirth ? `, born ${formatDate(m.dateOfBirth)}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          Not enrolled yet. Enrollment needs a determination in force that is eligible or pending disability
          verification.
        </p>
      )}
      <section className="card" aria-labelledby="enroll-heading">
        <h3 id="enroll-heading">
          {enrollment ? 'Correct the start date or add a member' : 'Enroll the household'}
        </h3>
        <Form form={form} onSubmit={(input) => upsert.mutateAsync(input)}>
          <TextField
            label="Project start date"
            type="date"
            hint="On or after the application date; not in the future."
            {...form.field('projectStartDate')}
          />
          <fieldset className="choices">
            <legend>Add a household member (optional)</legend>
            <TextField label="Member's first name" {...form.field('newMembers.0.firstName')} />
            <TextField label="Member's last name" {...form.field('newMembers.0.lastName')} />
            <TextField
              label="Member's date of birth"
              type="date"
              {...form.field('newMembers.0.dateOfBirth')}
            />
            <SelectField
              label="Relationship to the head of household"
              options={RELATIONSHIPS}
              {...form.field('newMembers.0.relationshipToHead')}
            />
          </fieldset>
          <button type="submit" className="button primary" disabled={upsert.isPending}>
            Save enrollment
          </button>
        </Form>
      </section>
    </section>
  );
}
