#!/usr/bin/env bash
# Backups of the compose deployment's PostgreSQL (docs/reliability.md, "Compose"). Run on the docker
# host, from anywhere, while everything runs:
#
#   scripts/backup.sh base   physical base backup (pg_basebackup, its WAL included). With the WAL archive
#                            that PostgreSQL keeps in the volume postgres-wal-archive, it restores to any
#                            moment after it: scripts/restore.sh base FILE [--until TIME]
#   scripts/backup.sh dump   logical dump (pg_dump, custom format): the state at the time of the dump only,
#                            but readable by a newer PostgreSQL and table by table
#
# Files go to $DANVAN_BACKUP_DIR (default ./backups beside docker-compose.yml); the newest
# $DANVAN_BACKUP_KEEP (default 7) of each kind are kept, and archived WAL older than the oldest base
# backup kept is deleted. Nightly, from cron:  30 1 * * *  /srv/danvan/scripts/backup.sh base && /srv/danvan/scripts/backup.sh dump
# Copy the backup directory and the WAL archive to another machine: a backup on the same disk does
# not survive that disk.
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${1:-}
dir=${DANVAN_BACKUP_DIR:-./backups}
keep=${DANVAN_BACKUP_KEEP:-7}
archive=/var/lib/postgresql/wal-archive

compose() {
  if docker compose version >/dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi
}

stamp=$(TZ=Asia/Ho_Chi_Minh date +%Y%m%d-%H%M%S)
mkdir -p "$dir"
case "$kind" in
  base)
    target="$dir/danvan-base-$stamp.tar.gz"
    trap 'rm -f "$target.partial"' EXIT
    compose exec -T postgres pg_basebackup -U danvan -D - -Ft -X fetch -z --checkpoint=fast \
      --label="danvan $stamp" > "$target.partial"
    # named only once it is known complete: a whole gzip stream whose tar holds the backup label
    gzip -t "$target.partial"
    tar -xzOf "$target.partial" backup_label > /dev/null
    ;;
  dump)
    target="$dir/danvan-dump-$stamp.dump"
    trap 'rm -f "$target.partial"' EXIT
    compose exec -T postgres pg_dump -U danvan --format=custom danvan > "$target.partial"
    compose exec -T postgres pg_restore --list < "$target.partial" > /dev/null
    ;;
  *)
    echo "Usage: scripts/backup.sh base|dump   (docs/reliability.md)" >&2
    exit 64
    ;;
esac
sync "$target.partial"
mv "$target.partial" "$target"
trap - EXIT

# keep the newest $keep of this kind
ls -1 "$dir"/danvan-"$kind"-* 2>/dev/null | grep -v '\.partial$' | sort -r | tail -n +"$((keep + 1))" | xargs -r rm --

# archived WAL from before the oldest base backup kept cannot be used by any restore
if [ "$kind" = base ]; then
  oldest=$(ls -1 "$dir"/danvan-base-*.tar.gz | sort | head -n 1)
  first_wal=$(tar -xzOf "$oldest" backup_label | sed -n 's/^START WAL LOCATION: .* (file \([0-9A-F]\{24\}\))$/\1/p')
  if [ -n "$first_wal" ]; then
    compose exec -T postgres pg_archivecleanup "$archive" "$first_wal"
  fi
fi
echo "$target ($(du -h "$target" | cut -f1))"
