#!/usr/bin/env bash
# Boots target/ntm-monitor.jar with the postgres profile and checks health, a unit list and a values round trip.
set -euo pipefail
URL="$1"
PORT=18080
PASSWORD="smoke-$(date +%s)"
java -jar target/ntm-monitor.jar --spring.profiles.active=postgres \
  --spring.datasource.url="$URL" --spring.datasource.username=ntm --spring.datasource.password=ntm \
  --server.port=$PORT --ntm.bootstrap.admin-password="$PASSWORD" --ntm.province=51 > target/smoke.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  if curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $PID 2>/dev/null; then cat target/smoke.log; echo "the application died" >&2; exit 1; fi
  sleep 1
done
curl -fsS "http://localhost:$PORT/actuator/health" | grep -q '"UP"' || { tail -50 target/smoke.log; exit 1; }
echo "health: UP"
AUTH="admin:$PASSWORD"
units=$(curl -fsS -u "$AUTH" "http://localhost:$PORT/api/v1/units?parent=62&level=district")
echo "$units" | grep -q 'Huyện Đắk Hà' || { echo "unit list lacks Huyện Đắk Hà: $units" >&2; exit 1; }
echo "units: Kon Tum districts listed"
# Đăk Mar (Đắk Hà district): record a value, read it back, check the status reflects it.
code=$(curl -fsS -u "$AUTH" "http://localhost:$PORT/api/v1/units/search?q=Dak%20Mar&limit=1" | grep -o '"code":"[0-9]*"' | head -1 | cut -d'"' -f4)
[[ -n "$code" ]] || { echo "Đăk Mar not found by search" >&2; exit 1; }
put=$(curl -fsS -u "$AUTH" -X PUT -H 'Content-Type: application/json' \
  -d '{"values":[{"indicator":"1.1","value":"Đạt","note":"smoke test"}]}' \
  "http://localhost:$PORT/api/v1/units/$code/values/2023")
echo "$put" | grep -q '"created":1' || echo "$put" | grep -q '"unchanged":1' || { echo "PUT failed: $put" >&2; exit 1; }
status=$(curl -fsS -u "$AUTH" "http://localhost:$PORT/api/v1/units/$code/status?period=2023")
echo "$status" | grep -q '"value":"Đạt"' || { echo "status lacks the value: $status" >&2; exit 1; }
bad=$(curl -s -o /dev/null -w '%{http_code}' -u "$AUTH" -X PUT -H 'Content-Type: application/json' \
  -d '{"values":[{"indicator":"9.99","value":1}]}' "http://localhost:$PORT/api/v1/units/$code/values/2023")
[[ "$bad" == "422" ]] || { echo "bad value answered $bad, expected 422" >&2; exit 1; }
echo "values: round trip and 422 OK"
kill $PID; wait $PID 2>/dev/null || true
trap - EXIT
echo "smoke test passed"
