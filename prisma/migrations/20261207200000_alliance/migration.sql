-- Issue 17: the Regional STEM Alliance (ADR 018). Organisations get a public
-- profile (type, short profile, website, Roadmap 2030 priorities), a
-- membership of the Alliance, and the applications that staff review.
ALTER TABLE "organisations" ADD COLUMN "alliance_type" TEXT;
ALTER TABLE "organisations" ADD COLUMN "profile" TEXT;
ALTER TABLE "organisations" ADD COLUMN "website" TEXT;
ALTER TABLE "organisations" ADD COLUMN "priorities" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_alliance_type_check"
  CHECK ("alliance_type" IS NULL OR "alliance_type" IN ('ministry-agency', 'university-research', 'school-network', 'science-centre-museum', 'ngo', 'company', 'national-stem-platform', 'international-organisation'));
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_profile_check" CHECK ("profile" IS NULL OR length("profile") <= 1500);
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_website_check" CHECK ("website" IS NULL OR (public.web_address_ok("website") AND length("website") <= 2000));

-- One row per organisation that is or was a member. Ending keeps the row (the
-- directory lists members only, the history stays in the audit log).
CREATE TABLE "alliance_memberships" (
    "organisation_id" UUID NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'member',
    "joined_on" DATE NOT NULL DEFAULT CURRENT_DATE,
    "reason" TEXT,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "alliance_memberships_pkey" PRIMARY KEY ("organisation_id"),
    CONSTRAINT "alliance_memberships_state_check" CHECK ("state" IN ('member', 'suspended', 'ended')),
    -- Suspended or ended: always with a reason from staff.
    CONSTRAINT "alliance_memberships_reason_check" CHECK ("state" = 'member' OR length(btrim(coalesce("reason", ''))) > 0)
);
CREATE INDEX "alliance_memberships_state_idx" ON "alliance_memberships"("state");
ALTER TABLE "alliance_memberships" ADD CONSTRAINT "alliance_memberships_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An application by a signed-in person: to join (for an existing organisation or
-- a new one, created on approval) or to change the profile of a member. Staff
-- approve, ask for more (the applicant answers, which returns it to the
-- queue) or decline with a reason. `version` grows with every step, so two
-- staff deciding on the same version cannot both succeed.
CREATE TABLE "alliance_applications" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "applicant_id" UUID,
    "organisation_id" UUID,
    "name" TEXT NOT NULL,
    "country" TEXT,
    "alliance_type" TEXT NOT NULL,
    "website" TEXT,
    "profile" TEXT NOT NULL,
    "priorities" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "motivation" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "staff_message" TEXT,
    "answer" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    CONSTRAINT "alliance_applications_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "alliance_applications_kind_check" CHECK ("kind" IN ('join', 'profile')),
    CONSTRAINT "alliance_applications_profile_has_organisation" CHECK ("kind" = 'join' OR "organisation_id" IS NOT NULL),
    CONSTRAINT "alliance_applications_state_check" CHECK ("state" IN ('pending', 'more_requested', 'approved', 'declined')),
    CONSTRAINT "alliance_applications_type_check" CHECK ("alliance_type" IN ('ministry-agency', 'university-research', 'school-network', 'science-centre-museum', 'ngo', 'company', 'national-stem-platform', 'international-organisation')),
    CONSTRAINT "alliance_applications_website_check" CHECK ("website" IS NULL OR (public.web_address_ok("website") AND length("website") <= 2000)),
    CONSTRAINT "alliance_applications_texts_check" CHECK (length("name") BETWEEN 2 AND 200 AND length("profile") <= 1500 AND length("motivation") <= 2000),
    CONSTRAINT "alliance_applications_decided_check" CHECK (("state" IN ('approved', 'declined')) = ("decided_at" IS NOT NULL)),
    CONSTRAINT "alliance_applications_declined_reason" CHECK ("state" <> 'declined' OR length(btrim(coalesce("staff_message", ''))) > 0)
);
CREATE INDEX "alliance_applications_state_created_at_idx" ON "alliance_applications"("state", "created_at");
CREATE INDEX "alliance_applications_applicant_id_idx" ON "alliance_applications"("applicant_id");
ALTER TABLE "alliance_applications" ADD CONSTRAINT "alliance_applications_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "alliance_applications" ADD CONSTRAINT "alliance_applications_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "alliance_applications" ADD CONSTRAINT "alliance_applications_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
