CREATE TYPE "public"."disability_evidence_type" AS ENUM('professional_verification', 'ssa_verification', 'disability_benefit_receipt', 'intake_staff_observation', 'self_report');--> statement-breakpoint
CREATE TYPE "public"."disabled_member" AS ENUM('head_of_household', 'spouse', 'other_adult', 'child');--> statement-breakpoint
CREATE TYPE "public"."eligibility_status" AS ENUM('eligible', 'pending_disability_verification', 'verification_overdue', 'ineligible');--> statement-breakpoint
CREATE TYPE "public"."homeless_evidence_type" AS ENUM('third_party', 'intake_observation', 'self_certification');--> statement-breakpoint
CREATE TYPE "public"."stay_location" AS ENUM('place_not_meant_for_habitation', 'emergency_shelter', 'safe_haven', 'institution', 'transitional_housing', 'housed', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."third_party_source" AS ENUM('hmis_record', 'housing_or_service_provider_or_institution', 'community_member_without_personal_relationship', 'community_member_with_personal_relationship', 'self_certification');--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"application_date" date NOT NULL,
	"requires_chronic_homelessness" boolean DEFAULT false NOT NULL,
	"opened_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disability_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"type" "disability_evidence_type" NOT NULL,
	"disabled_member" "disabled_member" NOT NULL,
	"evidence_date" date NOT NULL,
	"credential" text,
	"professional_name" text,
	"licensed_by_state_to_diagnose_and_treat" boolean,
	"certifies_long_continuing_or_indefinite" boolean,
	"certifies_substantially_impedes_independent_living" boolean,
	"benefit" text,
	"is_acceptable" boolean NOT NULL,
	"is_provisional" boolean NOT NULL,
	"reasons" jsonb NOT NULL,
	"notes" text,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eligibility_determinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"supersedes_id" uuid,
	"determination_date" date NOT NULL,
	"status" "eligibility_status" NOT NULL,
	"homeless_categories" integer[] NOT NULL,
	"disability_verification_deadline" date,
	"reasons" jsonb NOT NULL,
	"policy" jsonb NOT NULL,
	"basis" jsonb NOT NULL,
	"notes" text,
	"determined_by_user_id" uuid NOT NULL,
	"determined_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollment_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"head_person_id" uuid NOT NULL,
	"project_start_date" date NOT NULL,
	"housing_move_in_date" date,
	"unit_id" uuid,
	"project_exit_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "homelessness_stays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"location" "stay_location" NOT NULL,
	"location_description" text,
	"documentation" "homeless_evidence_type",
	"source" "third_party_source",
	"notes" text,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "living_situations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"living_situation" text NOT NULL,
	"facts" jsonb NOT NULL,
	"rv_camper" jsonb,
	"categories" integer[] NOT NULL,
	"accepted_by_program" boolean NOT NULL,
	"reasons" jsonb NOT NULL,
	"evidence_type" "homeless_evidence_type" NOT NULL,
	"evidence_source" "third_party_source",
	"evidence_date" date NOT NULL,
	"due_diligence_documented" boolean DEFAULT false NOT NULL,
	"notes" text,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"service_hub_id" uuid NOT NULL,
	"by_name_list_rank" integer,
	"referral_date" date NOT NULL,
	"priority_populations" text[] DEFAULT '{}' NOT NULL,
	"case_conferencing_notes" text,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rent_determinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"effective_date" date NOT NULL,
	"annual_income_cents" integer NOT NULL,
	"ttp_cents" integer NOT NULL,
	"tenant_rent_cents" integer NOT NULL,
	"utility_reimbursement_cents" integer NOT NULL,
	"rental_assistance_to_owner_cents" integer NOT NULL,
	"contract_rent_cents" integer NOT NULL,
	"input" jsonb NOT NULL,
	"calculation" jsonb NOT NULL,
	"arithmetic" jsonb NOT NULL,
	"next_recertification_due" date NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_hubs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"area" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_opened_by_user_id_users_id_fk" FOREIGN KEY ("opened_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disability_evidence" ADD CONSTRAINT "disability_evidence_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disability_evidence" ADD CONSTRAINT "disability_evidence_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_determinations" ADD CONSTRAINT "eligibility_determinations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_determinations" ADD CONSTRAINT "eligibility_determinations_supersedes_id_eligibility_determinations_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."eligibility_determinations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_determinations" ADD CONSTRAINT "eligibility_determinations_determined_by_user_id_users_id_fk" FOREIGN KEY ("determined_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_members" ADD CONSTRAINT "enrollment_members_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_members" ADD CONSTRAINT "enrollment_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_head_person_id_people_id_fk" FOREIGN KEY ("head_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homelessness_stays" ADD CONSTRAINT "homelessness_stays_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homelessness_stays" ADD CONSTRAINT "homelessness_stays_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_situations" ADD CONSTRAINT "living_situations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_situations" ADD CONSTRAINT "living_situations_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_hub_id_service_hubs_id_fk" FOREIGN KEY ("service_hub_id") REFERENCES "public"."service_hubs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_determinations" ADD CONSTRAINT "rent_determinations_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_determinations" ADD CONSTRAINT "rent_determinations_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hubs" ADD CONSTRAINT "service_hubs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "applications_referral_uq" ON "applications" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "applications_person_idx" ON "applications" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "disability_evidence_application_idx" ON "disability_evidence" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "eligibility_determinations_application_idx" ON "eligibility_determinations" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "eligibility_determinations_supersedes_uq" ON "eligibility_determinations" USING btree ("supersedes_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollment_members_uq" ON "enrollment_members" USING btree ("enrollment_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_application_uq" ON "enrollments" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "enrollments_household_idx" ON "enrollments" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "homelessness_stays_application_idx" ON "homelessness_stays" USING btree ("application_id","start_date");--> statement-breakpoint
CREATE INDEX "living_situations_application_idx" ON "living_situations" USING btree ("application_id","recorded_at");--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referrals_program_idx" ON "referrals" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "rent_determinations_enrollment_idx" ON "rent_determinations" USING btree ("enrollment_id","effective_date");--> statement-breakpoint
CREATE UNIQUE INDEX "service_hubs_program_name_uq" ON "service_hubs" USING btree ("program_id","name");