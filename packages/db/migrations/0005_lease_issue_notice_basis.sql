CREATE TYPE "public"."lease_issue_notice_basis" AS ENUM('cure_unmet', 'serious_issue');--> statement-breakpoint
ALTER TABLE "lease_issue_steps" ADD COLUMN "basis" "lease_issue_notice_basis";