#!/bin/sh
# Imports every objects/*.ndjson into Kibana (POST /api/saved_objects/_import?overwrite=true), in file-name order
# (data views first, then saved searches, then the dashboards that use them). POSIX sh + curl only: the compose
# stack runs it in a one-shot container.
#
#   KIBANA_URL        default http://localhost:5601 (a space: http://host:5601/s/<space>)
#   KIBANA_USER       optional basic auth, with KIBANA_PASSWORD
#   KIBANA_WAIT_TRIES how many times to ask /api/status before giving up (default 60, 5 s apart)
#   KIBANA_DATE_TZ    the space's dateFormat:tz (default UTC; empty leaves it alone). The metric data views are
#                     timed by the local date the API counts by, stored as midnight UTC: displayed in any
#                     zone west of UTC, a month's first day would fall into the month before.
set -eu

KIBANA_URL="${KIBANA_URL:-http://localhost:5601}"
KIBANA_URL="${KIBANA_URL%/}"
TRIES="${KIBANA_WAIT_TRIES:-60}"
DIR="$(cd "$(dirname "$0")" && pwd)/objects"

# curl options shared by every call; basic auth only when KIBANA_USER is set
set -- --silent --show-error
if [ -n "${KIBANA_USER:-}" ]; then
  set -- "$@" --user "${KIBANA_USER}:${KIBANA_PASSWORD:-}"
fi

status_url="${KIBANA_URL%/s/*}/api/status"
n=0
until curl "$@" --fail --max-time 10 "$status_url" 2>/dev/null | grep -Eq '"level" *: *"available"'; do
  n=$((n + 1))
  if [ "$n" -ge "$TRIES" ]; then
    echo "Kibana at $KIBANA_URL is not available after $TRIES tries" >&2
    exit 1
  fi
  echo "waiting for Kibana at $KIBANA_URL ($n/$TRIES)"
  sleep 5
done

failed=0
for file in "$DIR"/*.ndjson; do
  response="$(curl "$@" --max-time 120 -X POST "$KIBANA_URL/api/saved_objects/_import?overwrite=true" \
    -H 'kbn-xsrf: true' --form "file=@$file" -w '\n%{http_code}')" || {
    echo "FAILED $(basename "$file"): curl could not reach $KIBANA_URL" >&2
    failed=1
    continue
  }
  code="$(printf '%s\n' "$response" | tail -n 1)"
  body="$(printf '%s\n' "$response" | sed '$d')"
  case "$code" in
    2??) ;;
    *) echo "FAILED $(basename "$file"): HTTP $code" >&2; printf '%s\n' "$body" >&2; failed=1; continue ;;
  esac
  if printf '%s' "$body" | grep -Eq '"success" *: *false'; then
    echo "FAILED $(basename "$file"): Kibana refused objects:" >&2
    printf '%s\n' "$body" >&2
    failed=1
  else
    count="$(printf '%s' "$body" | sed -n 's/.*"successCount" *: *\([0-9]*\).*/\1/p')"
    echo "imported $(basename "$file"): ${count:-?} objects"
  fi
done
if [ "$failed" = 0 ] && [ -n "${KIBANA_DATE_TZ-UTC}" ]; then
  tz="${KIBANA_DATE_TZ-UTC}"
  code="$(curl "$@" --max-time 30 -o /dev/null -w '%{http_code}' -X POST "$KIBANA_URL/api/kibana/settings" \
    -H 'kbn-xsrf: true' -H 'Content-Type: application/json' -d "{\"changes\":{\"dateFormat:tz\":\"$tz\"}}")" || code=000
  case "$code" in
    2??) echo "set dateFormat:tz to $tz" ;;
    *) echo "FAILED to set dateFormat:tz (HTTP $code)" >&2; failed=1 ;;
  esac
fi
exit "$failed"
