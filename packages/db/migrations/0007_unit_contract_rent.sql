ALTER TABLE "units" ADD COLUMN "contract_rent_cents" integer;--> statement-breakpoint
-- A unit with a lease takes the contract rent of its latest lease.
UPDATE "units" SET "contract_rent_cents" = (
  SELECT "leases"."contract_rent_cents" FROM "leases" WHERE "leases"."unit_id" = "units"."id"
  ORDER BY "leases"."end_date" IS NULL DESC, "leases"."start_date" DESC LIMIT 1
);--> statement-breakpoint
CREATE UNIQUE INDEX "leases_unit_open_uq" ON "leases" USING btree ("unit_id") WHERE "leases"."end_date" is null;
