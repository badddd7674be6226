#!/usr/bin/env bash
# Starts the local PostgreSQL cluster and makes the role the test suite uses.
# Idempotent: safe to run again on a machine where it already ran.
set -euo pipefail
cluster_version=${PG_CLUSTER_VERSION:-15}
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "pg-setup: PostgreSQL is not installed (no pg_ctlcluster)." >&2
  exit 1
fi
pg_ctlcluster "$cluster_version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p 5432
su postgres -c "psql -v ON_ERROR_STOP=1 -q" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'roomly') THEN
    CREATE ROLE roomly LOGIN SUPERUSER PASSWORD 'roomly';
  END IF;
END $$;
SQL
echo "pg-setup: PostgreSQL is ready at postgres://roomly:roomly@127.0.0.1:5432/postgres"
