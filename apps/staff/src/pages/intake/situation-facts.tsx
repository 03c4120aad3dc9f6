import { RV_CAMPER_QUESTIONS } from '@hearth/domain';
import { CheckboxField, SelectField, TextField, type SchemaForm } from '@hearth/ui';
import { LIVING_SITUATION_OPTIONS } from './labels';

/** The situation form's values: the schema's paths, as the inputs hold them. */
export interface SituationForm {
  situation: {
    livingSituation: string;
    hotelPaidBy: string;
    exitingInstitution: boolean;
    institutionStayNights: string;
    situationBeforeInstitution: string;
    fleeingDomesticViolence: string;
    hasOtherResidence: string;
    lacksResourcesAndSupportNetworks: string;
    residenceLostWithinDays: string;
    subsequentResidenceIdentified: string;
  };
  /** Opens the RV/camper checklist; not sent. */
  isRvOrCamper: boolean;
  rvCamper: {
    clearlyOccupied: string;
    insulated: string;
    lacksSewerWaterOrElectricity: string;
    inDisrepair: string;
    parkedInUnusualPlace: string;
  };
  evidenceType: string;
  evidenceSource: string;
  evidenceDate: string;
  dueDiligenceForHigherPriorityDocumented: boolean;
  notes: string;
}

type Form = SchemaForm<SituationForm, unknown>;

export const YES_NO = [
  { value: '', label: 'Not known' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The Maine PSHP page's RV/camper questions, for a place not meant for habitation. */
export function RvCamperChecklist({ form }: { form: Form }) {
  const isRv = form.watch('isRvOrCamper');
  return (
    <fieldset className="choices">
      <legend>RV or camper</legend>
      <CheckboxField label="The person lives in an RV or camper" {...form.field('isRvOrCamper')} />
      {isRv && (
        <>
          <p className="hint">
            RVs and campers are ordinarily used for sleeping, so weigh the questions of the Maine PSHP page
            and record your judgment in the notes.
          </p>
          <SelectField
            label="Is the RV or camper clearly occupied as the person's residence?"
            options={YES_NO}
            {...form.field('rvCamper.clearlyOccupied')}
          />
          <SelectField
            label={RV_CAMPER_QUESTIONS[0]}
            options={YES_NO}
            {...form.field('rvCamper.insulated')}
          />
          <SelectField
            label="Does it lack adequate sewer and water, or electricity (including for medical needs)?"
            options={YES_NO}
            {...form.field('rvCamper.lacksSewerWaterOrElectricity')}
          />
          <SelectField
            label={RV_CAMPER_QUESTIONS[3]}
            options={YES_NO}
            {...form.field('rvCamper.inDisrepair')}
          />
          <SelectField
            label="Is it parked in an unusual place (not a campground or RV park)?"
            options={YES_NO}
            {...form.field('rvCamper.parkedInUnusualPlace')}
          />
        </>
      )}
    </fieldset>
  );
}

/** Leaving an institution: 90 nights or less still counts as literally homeless. */
export function InstitutionFacts({ form }: { form: Form }) {
  const exiting = form.watch('situation.exitingInstitution');
  return (
    <fieldset className="choices">
      <legend>Institution</legend>
      <CheckboxField
        label="Exiting an institution (hospital, jail, treatment)"
        {...form.field('situation.exitingInstitution')}
      />
      {exiting && (
        <>
          <TextField
            label="Nights in the institution"
            inputMode="numeric"
            hint="90 nights or less to count as literally homeless."
            {...form.field('situation.institutionStayNights')}
          />
          <SelectField
            label="Where the person stayed immediately before entering"
            options={[
              { value: '', label: 'Not known' },
              ...LIVING_SITUATION_OPTIONS.slice(1),
              { value: 'housed', label: 'Housed' },
            ]}
            {...form.field('situation.situationBeforeInstitution')}
          />
        </>
      )}
    </fieldset>
  );
}

/** The facts that decide Categories 2 and 4. */
export function OtherFacts({ form }: { form: Form }) {
  return (
    <fieldset className="choices">
      <legend>Other facts</legend>
      <SelectField
        label="Fleeing or attempting to flee domestic violence?"
        options={YES_NO}
        {...form.field('situation.fleeingDomesticViolence')}
      />
      <SelectField
        label="Does the household have another residence?"
        options={YES_NO}
        {...form.field('situation.hasOtherResidence')}
      />
      <SelectField
        label="Lacks the resources and support networks to obtain other housing?"
        options={YES_NO}
        {...form.field('situation.lacksResourcesAndSupportNetworks')}
      />
      <TextField
        label="Days until the current residence is lost (optional)"
        inputMode="numeric"
        hint="For someone about to lose their housing (Category 2, which this program does not accept)."
        {...form.field('situation.residenceLostWithinDays')}
      />
      <SelectField
        label="Has a subsequent residence been identified?"
        options={YES_NO}
        {...form.field('situation.subsequentResidenceIdentified')}
      />
    </fieldset>
  );
}
