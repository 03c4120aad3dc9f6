import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZRecordSituationInput } from '@hearth/domain';
import {
  CheckboxField,
  Form,
  optionalInt,
  optionalText,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
  yesNo,
} from '@hearth/ui';
import { HOMELESS_EVIDENCE_OPTIONS, LIVING_SITUATION_OPTIONS, SOURCE_OPTIONS } from './labels';
import { InstitutionFacts, OtherFacts, RvCamperChecklist, type SituationForm } from './situation-facts';
import { SituationOnFile, SituationResult, type LatestSituation } from './situation-result';

const orUndefined = (value: string) => value || undefined;

/** The form's values as the schema's input: only what the answers shown make relevant. */
function situationInput(applicationId: string, v: SituationForm) {
  const s = v.situation;
  const exiting = s.exitingInstitution;
  const rv = v.rvCamper;
  return {
    applicationId,
    situation: {
      livingSituation: orUndefined(s.livingSituation),
      hotelPaidBy: s.livingSituation === 'hotel_motel' ? orUndefined(s.hotelPaidBy) : undefined,
      exitingInstitution: exiting || undefined,
      institutionStayNights: exiting ? optionalInt(s.institutionStayNights) : undefined,
      situationBeforeInstitution: exiting ? orUndefined(s.situationBeforeInstitution) : undefined,
      fleeingDomesticViolence: yesNo(s.fleeingDomesticViolence),
      hasOtherResidence: yesNo(s.hasOtherResidence),
      lacksResourcesAndSupportNetworks: yesNo(s.lacksResourcesAndSupportNetworks),
      residenceLostWithinDays: optionalInt(s.residenceLostWithinDays),
      subsequentResidenceIdentified: yesNo(s.subsequentResidenceIdentified),
    },
    rvCamper:
      s.livingSituation === 'place_not_meant_for_habitation' && v.isRvOrCamper
        ? {
            clearlyOccupied: yesNo(rv.clearlyOccupied),
            insulated: yesNo(rv.insulated),
            lacksSewerWaterOrElectricity: yesNo(rv.lacksSewerWaterOrElectricity),
            inDisrepair: yesNo(rv.inDisrepair),
            parkedInUnusualPlace: yesNo(rv.parkedInUnusualPlace),
          }
        : undefined,
    evidenceType: v.evidenceType,
    evidenceSource: v.evidenceType === 'third_party' ? orUndefined(v.evidenceSource) : undefined,
    evidenceDate: v.evidenceDate,
    dueDiligenceForHigherPriorityDocumented:
      v.evidenceType === 'self_certification' ? v.dueDiligenceForHigherPriorityDocumented : undefined,
    notes: optionalText(v.notes),
  };
}

/** Step 2: the current living situation, classified by HUD category; Categories 2 and 3 are refused. */
export function SituationStep({ applicationId, latest }: { applicationId: string; latest: LatestSituation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = useToday();
  const record = useMutation(
    trpc.staff.homelessness.recordSituation.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.staff.applications.get.queryKey({ applicationId }) }),
    }),
  );
  const form = useSchemaForm({
    schema: ZRecordSituationInput,
    defaultValues: {
      situation: {
        livingSituation: '',
        hotelPaidBy: '',
        exitingInstitution: false,
        institutionStayNights: '',
        situationBeforeInstitution: '',
        fleeingDomesticViolence: '',
        hasOtherResidence: '',
        lacksResourcesAndSupportNetworks: '',
        residenceLostWithinDays: '',
        subsequentResidenceIdentified: '',
      },
      isRvOrCamper: false,
      rvCamper: {
        clearlyOccupied: '',
        insulated: '',
        lacksSewerWaterOrElectricity: '',
        inDisrepair: '',
        parkedInUnusualPlace: '',
      },
      evidenceType: 'third_party',
      evidenceSource: '',
      evidenceDate: today,
      dueDiligenceForHigherPriorityDocumented: false,
      notes: '',
    },
    toInput: (v: SituationForm) => situationInput(applicationId, v),
    messages: {
      'situation.livingSituation': { empty: 'Choose the current living situation' },
      'situation.institutionStayNights': { invalid: 'Enter a whole number of nights' },
      'situation.residenceLostWithinDays': { invalid: 'Enter a whole number of days' },
      evidenceSource: { empty: 'Choose the third-party source' },
      evidenceDate: { empty: 'Enter the date of the evidence' },
    },
  });
  const situation = form.watch('situation.livingSituation');
  const evidenceType = form.watch('evidenceType');

  return (
    <section aria-labelledby="situation-heading">
      <h2 id="situation-heading">Homelessness: current living situation</h2>
      {record.data ? <SituationResult result={record.data} /> : latest && <SituationOnFile latest={latest} />}
      <section className="card" aria-labelledby="record-situation-heading">
        <h3 id="record-situation-heading">
          {latest || record.data ? 'Record a new situation' : 'Record the situation'}
        </h3>
        <Form form={form} onSubmit={(input) => record.mutateAsync(input)}>
          <SelectField
            label="Current living situation"
            hint="Where the person slept last night."
            options={LIVING_SITUATION_OPTIONS}
            {...form.field('situation.livingSituation')}
          />
          {situation === 'place_not_meant_for_habitation' && <RvCamperChecklist form={form} />}
          {situation === 'hotel_motel' && (
            <SelectField
              label="Who pays for the hotel or motel?"
              options={[
                { value: '', label: 'Not known' },
                { value: 'charitable_organization', label: 'A charitable organization' },
                { value: 'government_program', label: 'A government program' },
                { value: 'self', label: 'The household itself' },
              ]}
              {...form.field('situation.hotelPaidBy')}
            />
          )}
          <InstitutionFacts form={form} />
          <OtherFacts form={form} />
          <h4>Evidence</h4>
          <SelectField
            label="Evidence"
            hint="In HUD's order of priority: use a lower one only when a higher one cannot be had."
            options={HOMELESS_EVIDENCE_OPTIONS}
            {...form.field('evidenceType')}
          />
          {evidenceType === 'third_party' && (
            <SelectField
              label="Third-party source"
              hint="In the Maine order of preference."
              options={[{ value: '', label: 'Choose…' }, ...SOURCE_OPTIONS]}
              {...form.field('evidenceSource')}
            />
          )}
          {evidenceType === 'self_certification' && (
            <CheckboxField
              label="The attempts to get third-party or intake-worker evidence are documented"
              {...form.field('dueDiligenceForHigherPriorityDocumented')}
            />
          )}
          <TextField
            label="Date of the evidence"
            type="date"
            hint="Not in the future."
            {...form.field('evidenceDate')}
          />
          <TextAreaField label="Notes (optional)" rows={3} {...form.field('notes')} />
          <button type="submit" className="button primary" disabled={record.isPending}>
            Record the situation
          </button>
        </Form>
      </section>
    </section>
  );
}
