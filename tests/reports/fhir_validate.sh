#!/usr/bin/env bash
# Renders the demo journal's visit report as a FHIR document and as a transaction, with a
# full identity in the profile and the PEG, sleep, a goal and the PGIC logged, and runs the
# outside R4 validator on both: any error fails.
# The validator is installed by scripts/bootstrap.sh; nothing is fetched here.
set -euo pipefail
relief="$1"
validator="$2/tools/fhir-validator"
if [ ! -d "$validator/node_modules/@medplum/core" ]; then
  echo "the FHIR validator is not installed in $validator: run scripts/bootstrap.sh" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { "$relief" --journal "$work/journal.db" --today 2026-03-20 "$@"; }
run demo --weeks 3 --zone Europe/Berlin >/dev/null
run profile set --name "Sam Example" --birth-date 1958-05-01 --identifier "MRN-0042" \
  --identifier-system "urn:oid:2.16.840.1.113883.19.5" >/dev/null
# Function, sleep, goals and the PGIC (issue 15): every resource they make is validated too.
run log peg 7 6 6 --at 2026-03-05T10:00 >/dev/null
run log peg 5 5 4 --at 2026-03-12T10:00 >/dev/null
run log peg 4 3 4 --at 2026-03-19T10:00 >/dev/null
run log sleep 6h40 --quality 4 --at 2026-03-18T07:30 >/dev/null
run log sleep 7h --at 2026-03-19T07:30 >/dev/null
run goal add "sit through a work day" >/dev/null  # beside the demo's own goal
run goal done "sit through a work day" --at 2026-03-18T19:00 >/dev/null
run goal done "sit through a work day" --not-met --at 2026-03-19T19:00 >/dev/null
run log pgic 2 --at 2026-03-19T10:30 >/dev/null
run report --format fhir -o "$work/document.json" >/dev/null
run report --format fhir --fhir-bundle transaction -o "$work/transaction.json" >/dev/null
node "$validator/validate.mjs" "$work/document.json" "$work/transaction.json"
