ALTER TABLE "properties" ADD COLUMN "entry_notice_days" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "emergency_maintenance_phone" text;--> statement-breakpoint
ALTER TABLE "grievances" ADD COLUMN "follow_up" text;--> statement-breakpoint
ALTER TABLE "grievances" ADD COLUMN "follow_up_done_on" date;--> statement-breakpoint
ALTER TABLE "grievances" ADD COLUMN "follow_up_done_by" uuid;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_follow_up_done_by_users_id_fk" FOREIGN KEY ("follow_up_done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;