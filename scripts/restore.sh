#!/usr/bin/env bash
# Restores the compose deployment's PostgreSQL from a file of scripts/backup.sh (docs/reliability.md).
#
#   scripts/restore.sh base FILE [--until '2026-11-30 10:15:00+07']
#       the base backup, then the archived WAL up to the given time (without --until: up to the last
#       archived segment, at most 5 minutes before the loss). The current data is first saved as
#       $DANVAN_BACKUP_DIR/replaced-<time>.tar.gz.
#   scripts/restore.sh dump FILE
#       the dump into a new database danvan; the current one is kept, renamed danvan_replaced_<time>.
#
# A file that is not a complete backup of PostgreSQL 15 is refused before anything is stopped. The
# application is stopped during the restore; after it, events Kafka acknowledged in the day before are
# sent again (src/main/resources/backup/after-restore.sql), and the application starts.
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${1:-}
file=${2:-}
until=""
if [ "${3:-}" = "--until" ]; then until=${4:?--until needs a time, e.g. '2026-11-30 10:15:00+07'}; fi
dir=${DANVAN_BACKUP_DIR:-./backups}
archive=/var/lib/postgresql/wal-archive
data=/var/lib/postgresql/data
stamp=$(TZ=Asia/Ho_Chi_Minh date +%Y%m%d-%H%M%S)

compose() {
  if docker compose version >/dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi
}
refuse() {
  echo "Restore refused: $1. Nothing was changed." >&2
  exit 2
}
[ -f "$file" ] || refuse "there is no file '$file'"

wait_ready() {
  for _ in $(seq 1 120); do
    if compose exec -T postgres psql -U danvan -d postgres -tAc "SELECT NOT pg_is_in_recovery()" 2>/dev/null | grep -q t; then
      return 0
    fi
    sleep 2
  done
  echo "PostgreSQL did not finish its recovery in 4 minutes: see 'docker compose logs postgres'" >&2
  exit 1
}

after_restore() {
  compose exec -T postgres psql -v ON_ERROR_STOP=1 -q -U danvan -d danvan < src/main/resources/backup/after-restore.sql
  compose start app
  echo "Restored from $file; the application is starting."
}

case "$kind" in
  base)
    gzip -t "$file" 2>/dev/null || refuse "'$file' is not a complete gzip file"
    tar -xzOf "$file" backup_label >/dev/null 2>&1 || refuse "'$file' is not a base backup (no backup_label)"
    version=$(tar -xzOf "$file" PG_VERSION 2>/dev/null || true)
    [ "$version" = "15" ] || refuse "'$file' is a backup of PostgreSQL ${version:-(unknown)}, this deployment runs 15"
    mkdir -p "$dir"
    backup=$(cd "$(dirname "$file")" && pwd)
    saved=$(cd "$dir" && pwd)
    compose stop app postgres
    echo "Saving the current data to $dir/replaced-$stamp.tar.gz"
    compose run --rm --no-deps -T -v "$saved":/saved --entrypoint sh postgres -c \
      "tar -czf /saved/replaced-$stamp.tar.gz -C $data ."
    target=""
    if [ -n "$until" ]; then target="recovery_target_time = '$until'"; fi
    compose run --rm --no-deps -T -v "$backup":/backup:ro --entrypoint sh postgres -c "set -e
      find $data -mindepth 1 -delete
      tar -xzf '/backup/$(basename "$file")' -C $data
      rm -rf $data/pg_wal/archive_status/*
      touch $data/recovery.signal
      printf '%s\n' \"restore_command = 'cp $archive/%f %p'\" \"recovery_target_action = 'promote'\" \"$target\" \
        >> $data/postgresql.auto.conf
      chown -R postgres:postgres $data
      chmod 700 $data"
    compose up -d postgres
    wait_ready
    # the recovery settings are spent: the next crash recovery must not look for them
    compose exec -T postgres psql -q -U danvan -d postgres -c "ALTER SYSTEM RESET restore_command" \
      -c "ALTER SYSTEM RESET recovery_target_time" -c "ALTER SYSTEM RESET recovery_target_action" \
      -c "SELECT pg_reload_conf()" > /dev/null
    after_restore
    ;;
  dump)
    compose exec -T postgres pg_restore --list < "$file" >/dev/null 2>&1 \
      || refuse "'$file' is not a pg_dump file in custom format, or it is incomplete"
    compose stop app
    compose exec -T postgres psql -v ON_ERROR_STOP=1 -q -U danvan -d postgres \
      -c "ALTER DATABASE danvan RENAME TO danvan_replaced_${stamp//-/_}" -c "CREATE DATABASE danvan"
    if ! compose exec -T postgres pg_restore -U danvan -d danvan --no-owner --exit-on-error < "$file"; then
      compose exec -T postgres psql -q -U danvan -d postgres -c "DROP DATABASE danvan" \
        -c "ALTER DATABASE danvan_replaced_${stamp//-/_} RENAME TO danvan"
      compose start app
      echo "Restore failed; the previous database is back in place." >&2
      exit 1
    fi
    after_restore
    echo "The previous database is kept as danvan_replaced_${stamp//-/_}; drop it once the restored one is checked."
    ;;
  *)
    echo "Usage: scripts/restore.sh base FILE [--until TIME] | dump FILE   (docs/reliability.md)" >&2
    exit 64
    ;;
esac
