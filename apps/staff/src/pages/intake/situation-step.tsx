import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RV_CAMPER_QUESTIONS, ZRecordSituationInput } from '@hearth/domain';
import {
  formatDate,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';
import { ErrorSummary, isoToday, optionalInt, optionalText, Reasons, useFormErrors } from './form-helpers';
import {
  CATEGORY_LABELS,
  HOMELESS_EVIDENCE_LABELS,
  HOMELESS_EVIDENCE_OPTIONS,
  LIVING_SITUATION_OPTIONS,
  SOURCE_LABELS,
  SOURCE_OPTIONS,
} from './labels';

type Latest = RouterOutputs['staff']['applications']['get']['latestSituation'];

const YES_NO = [
  { value: '', label: 'Not known' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const yesNo = (v: string): boolean | undefined => (v === 'yes' ? true : v === 'no' ? false : undefined);

interface SituationForm {
  livingSituation: string;
  isRvOrCamper: boolean;
  clearlyOccupied: string;
  insulated: string;
  lacksSewerWaterOrElectricity: string;
  inDisrepair: string;
  parkedInUnusualPlace: string;
  hotelPaidBy: string;
  exitingInstitution: boolean;
  institutionStayNights: string;
  situationBeforeInstitution: string;
  fleeingDomesticViolence: string;
  hasOtherResidence: string;
  lacksResourcesAndSupportNetworks: string;
  residenceLostWithinDays: string;
  subsequentResidenceIdentified: string;
  evidenceType: string;
  evidenceSource: string;
  evidenceDate: string;
  dueDiligence: boolean;
  notes: string;
}

const LABELS: Record<string, string> = {
  'situation.livingSituation': 'Current living situation',
  'situation.institutionStayNights': 'Nights in the institution',
  'situation.residenceLostWithinDays': 'Days until the residence is lost',
  evidenceType: 'Evidence',
  evidenceSource: 'Third-party source',
  evidenceDate: 'Date of the evidence',
};

/** Step 2: the current living situation, classified by HUD category; Categories 2 and 3 are refused. */
export function SituationStep({ applicationId, latest }: { applicationId: string; latest: Latest }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(
    trpc.staff.homelessness.recordSituation.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.staff.applications.get.queryKey({ applicationId }) }),
    }),
  );
  const errors = useFormErrors(record.error);
  const form = useForm<SituationForm>({
    defaultValues: {
      livingSituation: '',
      isRvOrCamper: false,
      clearlyOccupied: '',
      insulated: '',
      lacksSewerWaterOrElectricity: '',
      inDisrepair: '',
      parkedInUnusualPlace: '',
      hotelPaidBy: '',
      exitingInstitution: false,
      institutionStayNights: '',
      situationBeforeInstitution: '',
      fleeingDomesticViolence: '',
      hasOtherResidence: '',
      lacksResourcesAndSupportNetworks: '',
      residenceLostWithinDays: '',
      subsequentResidenceIdentified: '',
      evidenceType: 'third_party',
      evidenceSource: '',
      evidenceDate: isoToday(),
      dueDiligence: false,
      notes: '',
    },
  });
  const situation = form.watch('livingSituation');
  const isRv = form.watch('isRvOrCamper');
  const evidenceType = form.watch('evidenceType');
  const exiting = form.watch('exitingInstitution');

  const onSubmit = form.handleSubmit((v) => {
    record.reset();
    const rvShown = v.livingSituation === 'place_not_meant_for_habitation' && v.isRvOrCamper;
    const payload = errors.check(
      ZRecordSituationInput,
      {
        applicationId,
        situation: {
          livingSituation: v.livingSituation || undefined,
          hotelPaidBy: v.livingSituation === 'hotel_motel' ? v.hotelPaidBy || undefined : undefined,
          exitingInstitution: v.exitingInstitution || undefined,
          institutionStayNights: v.exitingInstitution ? optionalInt(v.institutionStayNights) : undefined,
          situationBeforeInstitution: v.exitingInstitution
            ? v.situationBeforeInstitution || undefined
            : undefined,
          fleeingDomesticViolence: yesNo(v.fleeingDomesticViolence),
          hasOtherResidence: yesNo(v.hasOtherResidence),
          lacksResourcesAndSupportNetworks: yesNo(v.lacksResourcesAndSupportNetworks),
          residenceLostWithinDays: optionalInt(v.residenceLostWithinDays),
          subsequentResidenceIdentified: yesNo(v.subsequentResidenceIdentified),
        },
        rvCamper: rvShown
          ? {
              clearlyOccupied: yesNo(v.clearlyOccupied),
              insulated: yesNo(v.insulated),
              lacksSewerWaterOrElectricity: yesNo(v.lacksSewerWaterOrElectricity),
              inDisrepair: yesNo(v.inDisrepair),
              parkedInUnusualPlace: yesNo(v.parkedInUnusualPlace),
            }
          : undefined,
        evidenceType: v.evidenceType,
        evidenceSource: v.evidenceType === 'third_party' ? v.evidenceSource || undefined : undefined,
        evidenceDate: v.evidenceDate,
        dueDiligenceForHigherPriorityDocumented:
          v.evidenceType === 'self_certification' ? v.dueDiligence : undefined,
        notes: optionalText(v.notes),
      },
      { evidenceDate: 'Enter the date of the evidence' },
    );
    if (payload) record.mutate(payload);
  });

  const f = errors.fields;
  const result = record.data;
  return (
    <section aria-labelledby="situation-heading">
      <h2 id="situation-heading">Homelessness: current living situation</h2>
      {result ? (
        <div className={`alert ${result.acceptedByProgram ? 'alert-ok' : 'alert-error'}`} role="status">
          <h3>
            {result.acceptedByProgram
              ? 'Accepted: the situation meets a category the program accepts'
              : 'Refused: the program does not accept this situation'}
          </h3>
          <Reasons reasons={result.reasons} label="Reasons:" />
          {!result.evidence.acceptable && (
            <Reasons reasons={result.evidence.reasons} label="About the evidence:" />
          )}
        </div>
      ) : (
        latest && <LatestSituation latest={latest} />
      )}
      <form className="card" noValidate onSubmit={onSubmit}>
        <h3>{latest || result ? 'Record a new situation' : 'Record the situation'}</h3>
        <ErrorSummary fields={f} serverError={record.error} at={errors.at} labels={LABELS} />
        <SelectField
          label="Current living situation"
          hint="Where the person slept last night."
          options={LIVING_SITUATION_OPTIONS}
          error={f['situation.livingSituation']}
          {...form.register('livingSituation')}
        />
        {situation === 'place_not_meant_for_habitation' && (
          <fieldset className="choices">
            <legend>RV or camper</legend>
            <label className="choice">
              <input type="checkbox" {...form.register('isRvOrCamper')} />
              The person lives in an RV or camper
            </label>
            {isRv && (
              <>
                <p className="hint">
                  RVs and campers are ordinarily used for sleeping, so weigh the questions of the Maine PSHP
                  page and record your judgment in the notes.
                </p>
                <SelectField
                  label="Is the RV or camper clearly occupied as the person's residence?"
                  options={YES_NO}
                  {...form.register('clearlyOccupied')}
                />
                <SelectField
                  label={RV_CAMPER_QUESTIONS[0]}
                  options={YES_NO}
                  {...form.register('insulated')}
                />
                <SelectField
                  label="Does it lack adequate sewer and water, or electricity (including for medical needs)?"
                  options={YES_NO}
                  {...form.register('lacksSewerWaterOrElectricity')}
                />
                <SelectField
                  label={RV_CAMPER_QUESTIONS[3]}
                  options={YES_NO}
                  {...form.register('inDisrepair')}
                />
                <SelectField
                  label="Is it parked in an unusual place (not a campground or RV park)?"
                  options={YES_NO}
                  {...form.register('parkedInUnusualPlace')}
                />
              </>
            )}
          </fieldset>
        )}
        {situation === 'hotel_motel' && (
          <SelectField
            label="Who pays for the hotel or motel?"
            options={[
              { value: '', label: 'Not known' },
              { value: 'charitable_organization', label: 'A charitable organization' },
              { value: 'government_program', label: 'A government program' },
              { value: 'self', label: 'The household itself' },
            ]}
            {...form.register('hotelPaidBy')}
          />
        )}
        <fieldset className="choices">
          <legend>Institution</legend>
          <label className="choice">
            <input type="checkbox" {...form.register('exitingInstitution')} />
            Exiting an institution (hospital, jail, treatment)
          </label>
          {exiting && (
            <>
              <TextField
                label="Nights in the institution"
                inputMode="numeric"
                hint="90 nights or less to count as literally homeless."
                error={f['situation.institutionStayNights']}
                {...form.register('institutionStayNights')}
              />
              <SelectField
                label="Where the person stayed immediately before entering"
                options={[
                  { value: '', label: 'Not known' },
                  ...LIVING_SITUATION_OPTIONS.slice(1),
                  { value: 'housed', label: 'Housed' },
                ]}
                {...form.register('situationBeforeInstitution')}
              />
            </>
          )}
        </fieldset>
        <fieldset className="choices">
          <legend>Other facts</legend>
          <SelectField
            label="Fleeing or attempting to flee domestic violence?"
            options={YES_NO}
            {...form.register('fleeingDomesticViolence')}
          />
          <SelectField
            label="Does the household have another residence?"
            options={YES_NO}
            {...form.register('hasOtherResidence')}
          />
          <SelectField
            label="Lacks the resources and support networks to obtain other housing?"
            options={YES_NO}
            {...form.register('lacksResourcesAndSupportNetworks')}
          />
          <TextField
            label="Days until the current residence is lost (optional)"
            inputMode="numeric"
            hint="For someone about to lose their housing (Category 2, which this program does not accept)."
            error={f['situation.residenceLostWithinDays']}
            {...form.register('residenceLostWithinDays')}
          />
          <SelectField
            label="Has a subsequent residence been identified?"
            options={YES_NO}
            {...form.register('subsequentResidenceIdentified')}
          />
        </fieldset>
        <h3>Evidence</h3>
        <SelectField
          label="Evidence"
          hint="In HUD's order of priority: use a lower one only when a higher one cannot be had."
          options={HOMELESS_EVIDENCE_OPTIONS}
          error={f.evidenceType}
          {...form.register('evidenceType')}
        />
        {evidenceType === 'third_party' && (
          <SelectField
            label="Third-party source"
            hint="In the Maine order of preference."
            options={[{ value: '', label: 'Choose…' }, ...SOURCE_OPTIONS]}
            error={f.evidenceSource}
            {...form.register('evidenceSource')}
          />
        )}
        {evidenceType === 'self_certification' && (
          <label className="choice">
            <input type="checkbox" {...form.register('dueDiligence')} />
            The attempts to get third-party or intake-worker evidence are documented
          </label>
        )}
        <TextField
          label="Date of the evidence"
          type="date"
          hint="Not in the future."
          error={f.evidenceDate}
          {...form.register('evidenceDate')}
        />
        <TextAreaField label="Notes (optional)" rows={3} {...form.register('notes')} />
        <button type="submit" className="button primary" disabled={record.isPending}>
          Record the situation
        </button>
      </form>
    </section>
  );
}

function LatestSituation({ latest }: { latest: NonNullable<Latest> }) {
  return (
    <div className="card">
      <h3>On file</h3>
      <p>
        <span className={`badge ${latest.acceptedByProgram ? 'badge-ok' : 'badge-danger'}`}>
          {latest.acceptedByProgram ? 'Accepted' : 'Refused'}
        </span>{' '}
        {latest.categories.length
          ? latest.categories.map((c) => CATEGORY_LABELS[c]).join('; ')
          : 'No HUD category met'}
      </p>
      <p>
        Evidence: {HOMELESS_EVIDENCE_LABELS[latest.evidenceType]}
        {latest.evidenceSource ? ` (${SOURCE_LABELS[latest.evidenceSource]})` : ''},{' '}
        {formatDate(latest.evidenceDate)}
      </p>
      <Reasons reasons={latest.reasons} label="Reasons:" />
    </div>
  );
}
