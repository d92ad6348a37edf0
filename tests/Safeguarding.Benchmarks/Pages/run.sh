#!/usr/bin/env bash
# Page throughput of the sample intranet against the same bytes served as a static file, measured
# side by side in one run (issue 12's first goal: every page >= 0.5 of its static copy).
#
#   bash tests/Safeguarding.Benchmarks/Pages/run.sh [seconds per measurement, default 5]
#
# Publishes the sample in Release, starts it on a loopback port with a new database, signs in as
# the council's agency lead, saves each page's HTML under the app's wwwroot, then runs wrk (2 threads,
# 16 connections) on each page and on its static copy, one after the other, and prints a table.
# Never part of the test command. Needs wrk (Debian's package; installed here when run as root).
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds="${1:-5}"

if ! command -v wrk >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is needed: apt-get install wrk" >&2; exit 1
  fi
fi

work="$(mktemp -d)"
app="$work/app"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish samples/Safeguarding.SampleIntranet -c Release -o "$app" -v q -nologo >/dev/null
seeds="$(pwd)/seeds"
(cd "$app" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Intranet__Database="$work/intranet.db" Intranet__SeedFolder="$seeds/plans" Intranet__ScorecardFolder="$seeds/scorecards" \
  Intranet__AnnualReportFile="$seeds/reports/hscb-annual-report-2015-16.json" \
  dotnet Safeguarding.SampleIntranet.dll --urls "$base" >"$work/app.log" 2>&1) &
pid=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/account/sign-in" && break; sleep 0.5; done

# Sign in as a browser would: the form's antiforgery token and cookie, then the credentials.
jar="$work/cookies"
token=$(curl -fs -c "$jar" "$base/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n1)
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=council.lead@sample.invalid" \
  --data-urlencode "Password=Sample-Only-Password-1" --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
# curl writes HttpOnly cookies (the sign-in and antiforgery ones) as lines starting "#HttpOnly_".
cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 }')

pages=("/" "/our-actions" "/business-plan" "/exception-report" "/progress-returns" "/actions/2.1.3" "/scorecard" "/guides/lado" "/guides/private-fostering" "/guides/levels-of-need")
mkdir -p "$app/wwwroot/bench"
rate() { wrk -t2 -c16 -d"${seconds}s" "$@" | awk '/Requests\/sec/ { print $2 }'; }

printf '| page | bytes | req/s | static copy req/s | ratio |\n| --- | --- | --- | --- | --- |\n'
i=0
for page in "${pages[@]}"; do
  i=$((i + 1))
  copy="bench/page-$i.html"
  status=$(curl -s -H "Cookie: $cookie" "$base$page" -o "$app/wwwroot/$copy" -w '%{http_code}')
  if [ "$status" != 200 ]; then echo "$page answered $status, not 200: is the sign-in working?" >&2; exit 1; fi
  live=$(rate -H "Cookie: $cookie" "$base$page")
  static=$(rate "$base/$copy")
  ratio=$(python3 -c "print(f'{$live / $static:.2f}')")
  printf '| %s | %s | %s | %s | %s |\n' "$page" "$(stat -c %s "$app/wwwroot/$copy")" "$live" "$static" "$ratio"
done
