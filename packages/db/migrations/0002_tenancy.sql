CREATE TYPE "public"."lease_issue_step_kind" AS ENUM('logged', 'tenant_notified', 'meeting_offered', 'meeting_held', 'cure_agreed', 'resolved', 'violation_notice', 'legal_referral');--> statement-breakpoint
CREATE TYPE "public"."lease_issue_type" AS ENUM('non_payment', 'noise_nuisance', 'damage', 'unauthorized_occupant', 'safety', 'housekeeping', 'other');--> statement-breakpoint
CREATE TYPE "public"."ledger_entry_kind" AS ENUM('charge', 'payment');--> statement-breakpoint
CREATE TYPE "public"."repair_status" AS ENUM('requested', 'scheduled', 'completed', 'confirmed');--> statement-breakpoint
CREATE TYPE "public"."repair_step_kind" AS ENUM('requested', 'triaged', 'scheduled', 'completed', 'confirmed', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."repair_urgency" AS ENUM('emergency', 'urgent', 'routine');--> statement-breakpoint
CREATE TYPE "public"."unit_entry_basis" AS ENUM('tenant_permission', 'notice_given', 'emergency');--> statement-breakpoint
CREATE TYPE "public"."appeal_outcome" AS ENUM('upheld', 'changed');--> statement-breakpoint
CREATE TYPE "public"."grievance_about" AS ENUM('services', 'housing');--> statement-breakpoint
CREATE TYPE "public"."grievance_status" AS ENUM('awaiting_response', 'answered', 'appealed', 'decided');--> statement-breakpoint
CREATE TABLE "lease_issue_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issue_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lease_issue_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issue_id" uuid NOT NULL,
	"kind" "lease_issue_step_kind" NOT NULL,
	"step_date" date NOT NULL,
	"due_date" date,
	"note" text,
	"actor_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lease_issues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"lease_id" uuid,
	"household_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"type" "lease_issue_type" NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text NOT NULL,
	"logged_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"contract_rent_cents" integer NOT NULL,
	"tenant_rent_cents" integer NOT NULL,
	"utility_allowance_cents" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rent_ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"kind" "ledger_entry_kind" NOT NULL,
	"amount_cents" integer NOT NULL,
	"memo" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "repair_request_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"repair_id" uuid NOT NULL,
	"kind" "repair_step_kind" NOT NULL,
	"step_date" date NOT NULL,
	"note" text,
	"actor_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "repair_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"description" text NOT NULL,
	"location" text NOT NULL,
	"urgency" "repair_urgency" NOT NULL,
	"can_enter_without_tenant" boolean NOT NULL,
	"access_notes" text,
	"status" "repair_status" DEFAULT 'requested' NOT NULL,
	"requested_on" date NOT NULL,
	"scheduled_for" date,
	"completed_on" date,
	"confirmed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rights_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"acknowledged_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"repair_id" uuid,
	"entered_on" date NOT NULL,
	"basis" "unit_entry_basis" NOT NULL,
	"notice_given_on" date,
	"reason" text NOT NULL,
	"actor_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grievances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"property_id" uuid,
	"about" "grievance_about" NOT NULL,
	"description" text NOT NULL,
	"filed_on" date NOT NULL,
	"response_due_on" date NOT NULL,
	"status" "grievance_status" DEFAULT 'awaiting_response' NOT NULL,
	"response" text,
	"responded_on" date,
	"responded_by" uuid,
	"appeal_reason" text,
	"appealed_on" date,
	"decision" text,
	"decision_outcome" "appeal_outcome",
	"decided_on" date,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lease_issue_responses" ADD CONSTRAINT "lease_issue_responses_issue_id_lease_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."lease_issues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issue_responses" ADD CONSTRAINT "lease_issue_responses_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issue_steps" ADD CONSTRAINT "lease_issue_steps_issue_id_lease_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."lease_issues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issue_steps" ADD CONSTRAINT "lease_issue_steps_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issues" ADD CONSTRAINT "lease_issues_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issues" ADD CONSTRAINT "lease_issues_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issues" ADD CONSTRAINT "lease_issues_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issues" ADD CONSTRAINT "lease_issues_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issues" ADD CONSTRAINT "lease_issues_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_issues" ADD CONSTRAINT "lease_issues_logged_by_users_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_ledger_entries" ADD CONSTRAINT "rent_ledger_entries_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_ledger_entries" ADD CONSTRAINT "rent_ledger_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_request_steps" ADD CONSTRAINT "repair_request_steps_repair_id_repair_requests_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repair_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_request_steps" ADD CONSTRAINT "repair_request_steps_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_requests" ADD CONSTRAINT "repair_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rights_acknowledgements" ADD CONSTRAINT "rights_acknowledgements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_entries" ADD CONSTRAINT "unit_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_entries" ADD CONSTRAINT "unit_entries_repair_id_repair_requests_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repair_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_entries" ADD CONSTRAINT "unit_entries_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lease_issue_responses_issue_idx" ON "lease_issue_responses" USING btree ("issue_id");--> statement-breakpoint
CREATE INDEX "lease_issue_steps_issue_idx" ON "lease_issue_steps" USING btree ("issue_id","created_at");--> statement-breakpoint
CREATE INDEX "lease_issues_unit_idx" ON "lease_issues" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "lease_issues_person_idx" ON "lease_issues" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "leases_household_idx" ON "leases" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "leases_unit_idx" ON "leases" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "rent_ledger_lease_idx" ON "rent_ledger_entries" USING btree ("lease_id","entry_date");--> statement-breakpoint
CREATE INDEX "repair_request_steps_repair_idx" ON "repair_request_steps" USING btree ("repair_id","created_at");--> statement-breakpoint
CREATE INDEX "repair_requests_unit_idx" ON "repair_requests" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "repair_requests_household_idx" ON "repair_requests" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "rights_ack_person_idx" ON "rights_acknowledgements" USING btree ("person_id","topic");--> statement-breakpoint
CREATE INDEX "unit_entries_unit_idx" ON "unit_entries" USING btree ("unit_id","entered_on");--> statement-breakpoint
CREATE INDEX "grievances_person_idx" ON "grievances" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "grievances_about_status_idx" ON "grievances" USING btree ("program_id","about","status");--> statement-breakpoint
CREATE INDEX "grievances_property_idx" ON "grievances" USING btree ("property_id");