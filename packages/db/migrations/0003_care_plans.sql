CREATE TYPE "public"."assessment_status" AS ENUM('draft', 'completed');--> statement-breakpoint
CREATE TYPE "public"."goal_note_author" AS ENUM('tenant', 'staff');--> statement-breakpoint
CREATE TYPE "public"."goal_proposal_status" AS ENUM('open', 'taken_up', 'not_now');--> statement-breakpoint
CREATE TYPE "public"."goal_status" AS ENUM('active', 'achieved', 'revised', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."linkage_status" AS ENUM('referred', 'connected', 'engaged', 'ended');--> statement-breakpoint
CREATE TYPE "public"."plan_response" AS ENUM('accepted', 'wants_to_talk');--> statement-breakpoint
CREATE TYPE "public"."resource_category" AS ENUM('mental_health', 'substance_use', 'medical', 'benefits_financial', 'legal', 'employment', 'education', 'peer_social', 'recreation', 'housing');--> statement-breakpoint
CREATE TABLE "acuity_domains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"anchor_low" text NOT NULL,
	"anchor_high" text NOT NULL,
	"sort_order" integer NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "acuity_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"min_total" integer NOT NULL,
	"max_total" integer NOT NULL,
	"intensity" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_interim_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"update_date" date NOT NULL,
	"domain_key" text NOT NULL,
	"previous_score" integer,
	"new_score" integer NOT NULL,
	"reason" text NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "assessment_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"version_number" integer,
	"housing_history" jsonb,
	"homelessness_history" jsonb,
	"domains" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"housing_history_saved_at" timestamp with time zone,
	"homelessness_history_saved_at" timestamp with time zone,
	"domains_saved_at" timestamp with time zone,
	"total_score" integer,
	"tier_name" text,
	"completed_on" date,
	"started_by_id" uuid NOT NULL,
	"last_saved_by_id" uuid,
	"completed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_progress_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"note_date" date NOT NULL,
	"body" text NOT NULL,
	"author_kind" "goal_note_author" NOT NULL,
	"author_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"goal" text NOT NULL,
	"so_that" text DEFAULT '' NOT NULL,
	"proposed_on" date NOT NULL,
	"status" "goal_proposal_status" DEFAULT 'open' NOT NULL,
	"response" text,
	"answered_by_id" uuid,
	"answered_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "goal_status" DEFAULT 'active' NOT NULL,
	"statement" text NOT NULL,
	"markers" jsonb NOT NULL,
	"steps" jsonb NOT NULL,
	"so_that" text NOT NULL,
	"long_term_goal" text NOT NULL,
	"target_date" date NOT NULL,
	"domain_keys" jsonb NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"from_proposal_id" uuid,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "harm_reduction_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"identified_on" date NOT NULL,
	"housing_risk" text NOT NULL,
	"options" jsonb NOT NULL,
	"chosen_option" integer,
	"follow_up_date" date NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"linkage_id" uuid NOT NULL,
	"check_in_date" date NOT NULL,
	"is_working" boolean NOT NULL,
	"note" text NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"status" "linkage_status" DEFAULT 'referred' NOT NULL,
	"purpose" text NOT NULL,
	"is_warm_handoff" boolean DEFAULT false NOT NULL,
	"referred_on" date NOT NULL,
	"connected_on" date,
	"engaged_on" date,
	"ended_on" date,
	"end_note" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" "resource_category" NOT NULL,
	"contact" text NOT NULL,
	"provides" text NOT NULL,
	"has_mou" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"tenant_response" "plan_response",
	"tenant_response_version" integer,
	"tenant_response_at" timestamp with time zone,
	"tenant_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warm_handoffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"handoff_date" date NOT NULL,
	"from_provider" text NOT NULL,
	"from_worker" text NOT NULL,
	"participants" text NOT NULL,
	"program_and_roles_explained" text NOT NULL,
	"strengths" text NOT NULL,
	"plan_for_working_together" text NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acuity_domains" ADD CONSTRAINT "acuity_domains_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acuity_tiers" ADD CONSTRAINT "acuity_tiers_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_interim_updates" ADD CONSTRAINT "assessment_interim_updates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_interim_updates" ADD CONSTRAINT "assessment_interim_updates_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_interim_updates" ADD CONSTRAINT "assessment_interim_updates_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_last_saved_by_id_users_id_fk" FOREIGN KEY ("last_saved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_progress_notes" ADD CONSTRAINT "goal_progress_notes_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_progress_notes" ADD CONSTRAINT "goal_progress_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_proposals" ADD CONSTRAINT "goal_proposals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_proposals" ADD CONSTRAINT "goal_proposals_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_plan_id_service_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."service_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harm_reduction_plans" ADD CONSTRAINT "harm_reduction_plans_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harm_reduction_plans" ADD CONSTRAINT "harm_reduction_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_check_ins" ADD CONSTRAINT "linkage_check_ins_linkage_id_linkages_id_fk" FOREIGN KEY ("linkage_id") REFERENCES "public"."linkages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_check_ins" ADD CONSTRAINT "linkage_check_ins_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkages" ADD CONSTRAINT "linkages_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkages" ADD CONSTRAINT "linkages_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkages" ADD CONSTRAINT "linkages_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_plans" ADD CONSTRAINT "service_plans_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warm_handoffs" ADD CONSTRAINT "warm_handoffs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warm_handoffs" ADD CONSTRAINT "warm_handoffs_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "acuity_domains_program_key_uq" ON "acuity_domains" USING btree ("program_id","key");--> statement-breakpoint
CREATE INDEX "acuity_tiers_program_idx" ON "acuity_tiers" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "assessment_interim_person_idx" ON "assessment_interim_updates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "assessments_person_idx" ON "assessments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_draft_uq" ON "assessments" USING btree ("person_id") WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_version_uq" ON "assessments" USING btree ("person_id","version_number");--> statement-breakpoint
CREATE INDEX "goal_notes_goal_idx" ON "goal_progress_notes" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "goal_proposals_person_idx" ON "goal_proposals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "goals_person_idx" ON "goals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "goals_plan_idx" ON "goals" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "harm_reduction_person_idx" ON "harm_reduction_plans" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "linkage_check_ins_linkage_idx" ON "linkage_check_ins" USING btree ("linkage_id");--> statement-breakpoint
CREATE INDEX "linkages_person_idx" ON "linkages" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resources_program_name_uq" ON "resources" USING btree ("program_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "service_plans_person_uq" ON "service_plans" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "warm_handoffs_person_idx" ON "warm_handoffs" USING btree ("person_id");