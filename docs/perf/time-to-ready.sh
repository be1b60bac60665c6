#!/usr/bin/env bash
# Seconds from launching the packaged service until /q/health/ready answers 200.
# Run from an empty folder for a first start (the sample is ingested), again for a second start.
set -euo pipefail
jar="${1:-$(dirname "$0")/../../target/quarkus-app/quarkus-run.jar}"
start=$(date +%s.%N)
java -jar "$jar" > newsdesk.log 2>&1 &
pid=$!
until curl -sf localhost:8080/q/health/ready > /dev/null; do sleep 0.2; done
echo "ready after $(echo "$(date +%s.%N) - $start" | bc) s"
grep -E "Loaded the sample|Archive ready" newsdesk.log || true
kill $pid
