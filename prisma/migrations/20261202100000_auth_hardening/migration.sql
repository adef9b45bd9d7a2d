-- CreateTable
CREATE TABLE "revoked_sessions" (
    "id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "revoked_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "revoked_sessions_user_id_idx" ON "revoked_sessions"("user_id");

-- AddForeignKey
ALTER TABLE "revoked_sessions" ADD CONSTRAINT "revoked_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: an account keeps no password until its address is proven
-- (sign-up pre-hijacking, issue 10). Passwords typed at sign-up before this
-- release are dropped, and the owner chooses one through the mailed link.
UPDATE "users" SET "password_hash" = NULL WHERE "email_verified" IS NULL AND "password_hash" IS NOT NULL;
ALTER TABLE "users" ADD CONSTRAINT "users_password_needs_proven_address" CHECK ("password_hash" IS NULL OR "email_verified" IS NOT NULL);
