#!/usr/bin/env bash
# The sample intranet against an empty ASP.NET Core MVC app and against static files, measured side
# by side in one run (issue 12's goals):
#   - each page's throughput against the same bytes served as a static file (goal >= 0.5), with the
#     app's CPU time per request for each, which a busy machine disturbs less than req/s;
#   - start-up to the first 200 on an existing database, against an empty MVC app (goal <= 1.3);
#   - the Release publish's size against an empty MVC app's (goal <= 2).
#
#   bash tests/Safeguarding.Benchmarks/Pages/run.sh [seconds per measurement, default 5]
#
# Publishes the sample and a new empty MVC app (`dotnet new mvc`) in Release for linux-x64 (framework-
# dependent, as a board deploys to one platform; the portable publish's size is printed too), starts
# the sample on a loopback port with a new database, signs in as the council's agency lead, saves each
# page's HTML under the app's wwwroot, then runs wrk (2 threads, 16 connections) on each page and on
# its static copy, one after the other, and prints tables. Never part of the test command. Needs wrk
# (Debian's package; installed here when run as root).
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
pid=
trap cleanup EXIT

rid=linux-x64
dotnet publish samples/Safeguarding.SampleIntranet -c Release -r "$rid" --self-contained false -o "$app" -v q -nologo >/dev/null
dotnet publish samples/Safeguarding.SampleIntranet -c Release -o "$work/portable" -v q -nologo >/dev/null
empty="$work/empty"
dotnet new mvc -o "$empty/src" -n EmptyMvc --no-https >/dev/null
dotnet publish "$empty/src" -c Release -r "$rid" --self-contained false -o "$empty/app" -v q -nologo >/dev/null
seeds="$(pwd)/seeds"
size() { du -sb "$1" | cut -f1; }

# Starts an app and sets $elapsed to the milliseconds from its start to its first 200 on a page.
first_200() { # dir dll page [env…]
  local dir=$1 dll=$2 page=$3; shift 3
  local start end
  start=$(date +%s%N)
  (cd "$dir" && exec env "$@" dotnet "$dll" --urls "$base" >>"$work/app.log" 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$page")" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null || [ $(( $(date +%s%N) - start )) -gt 120000000000 ]; then
      echo "$dll did not answer 200 on $page within 2 minutes; its log ends:" >&2; tail -n 20 "$work/app.log" >&2; exit 1
    fi
    sleep 0.01
  done
  end=$(date +%s%N)
  elapsed=$(( (end - start) / 1000000 ))
}
stop() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=; }
sample_env=(ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
  Intranet__Database="$work/intranet.db" Intranet__SeedFolder="$seeds/plans" Intranet__ScorecardFolder="$seeds/scorecards"
  Intranet__AnnualReportFile="$seeds/reports/hscb-annual-report-2015-16.json")
empty_env=(ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning)

# Start-up: the sample's first run creates and seeds its database; then three starts of each on an
# existing database, alternated, and the median of each.
first_200 "$app" Safeguarding.SampleIntranet.dll /account/sign-in "${sample_env[@]}"; fresh=$elapsed; stop
sample_starts=(); empty_starts=()
for _ in 1 2 3; do
  first_200 "$app" Safeguarding.SampleIntranet.dll /account/sign-in "${sample_env[@]}"; sample_starts+=("$elapsed"); stop
  first_200 "$empty/app" EmptyMvc.dll / "${empty_env[@]}"; empty_starts+=("$elapsed"); stop
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
sample_start=$(median "${sample_starts[@]}"); empty_start=$(median "${empty_starts[@]}")
printf '| measure | sample | empty MVC app | ratio |\n| --- | --- | --- | --- |\n'
printf '| start-up to the first 200, existing database (median of 3) | %s ms | %s ms | %s |\n' "$sample_start" "$empty_start" "$(python3 -c "print(f'{$sample_start / $empty_start:.2f}')")"
printf '| start-up to the first 200, new database | %s ms | %s ms | %s |\n' "$fresh" "$empty_start" "$(python3 -c "print(f'{$fresh / $empty_start:.2f}')")"
printf '| Release publish for %s | %s MB | %s MB | %s |\n' "$rid" "$(( $(size "$app") / 1000000 ))" "$(( $(size "$empty/app") / 1000000 ))" "$(python3 -c "print(f'{$(size "$app") / $(size "$empty/app"):.2f}')")"
printf '| Release publish, portable (every platform'"'"'s SQLite) | %s MB | | |\n\n' "$(( $(size "$work/portable") / 1000000 ))"

(cd "$app" && exec env "${sample_env[@]}" dotnet Safeguarding.SampleIntranet.dll --urls "$base" >>"$work/app.log" 2>&1) &
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
# wrk's req/s, and the app's CPU time per request (user and system, from /proc) in microseconds.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
measure() {
  local before after out
  before=$(cpu_ticks)
  out=$(wrk -t2 -c16 -d"${seconds}s" "$@")
  after=$(cpu_ticks)
  echo "$(echo "$out" | awk '/Requests\/sec/ { print $2 }') $(echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '/requests in/ { printf "%d", ticks * 1000000 / hz / $1 }')"
}

# Warm up first: every page and static copy for a few seconds, so that the runtime has compiled the
# code they take fully optimised (tiered compilation) before any is measured.
i=0
for page in "${pages[@]}"; do
  i=$((i + 1))
  copy="bench/page-$i.html"
  status=$(curl -s -H "Cookie: $cookie" "$base$page" -o "$app/wwwroot/$copy" -w '%{http_code}')
  if [ "$status" != 200 ]; then echo "$page answered $status, not 200: is the sign-in working?" >&2; exit 1; fi
  wrk -t2 -c16 -d3s -H "Cookie: $cookie" "$base$page" >/dev/null
  wrk -t2 -c16 -d1s "$base/$copy" >/dev/null
done

printf '| page | bytes | req/s | static copy req/s | ratio | CPU per request | static copy | ratio |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n'
i=0
for page in "${pages[@]}"; do
  i=$((i + 1))
  copy="bench/page-$i.html"
  read -r live live_cpu < <(measure -H "Cookie: $cookie" "$base$page")
  read -r static static_cpu < <(measure "$base/$copy")
  printf '| %s | %s | %s | %s | %s | %s µs | %s µs | %s |\n' "$page" "$(stat -c %s "$app/wwwroot/$copy")" "$live" "$static" \
    "$(python3 -c "print(f'{$live / $static:.2f}')")" "$live_cpu" "$static_cpu" "$(python3 -c "print(f'{$static_cpu / $live_cpu:.2f}')")"
done

# Allocation per dashboard request: the runtime's count of bytes allocated (dotnet-counters, the
# repository's local tool), over a wrk run on the dashboard, divided by the requests served.
dotnet tool restore >/dev/null
counters="$work/counters.csv"
dotnet dotnet-counters collect -p "$pid" --counters System.Runtime --format csv -o "$counters" --refresh-interval 1 \
  --duration "$(printf '00:00:%02d:%02d' $(( (seconds + 4) / 60 )) $(( (seconds + 4) % 60 )))" >/dev/null 2>&1 &
collector=$!
sleep 2
requests=$(wrk -t2 -c16 -d"${seconds}s" -H "Cookie: $cookie" "$base/" | awk '/requests in/ { print $1 }')
wait "$collector" || true
allocated=$(awk -F, '$3 ~ /^dotnet.gc.heap.total_allocated/ { sum += $5 } END { printf "%d", sum }' "$counters")
printf '\n| measure | figure | goal |\n| --- | --- | --- |\n| allocation per dashboard request | %s KB | 100 KB |\n' "$(( allocated / requests / 1000 ))"
