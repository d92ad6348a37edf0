#!/usr/bin/env bash
# Consumer-app check: the packages as a partner agency installs them. Packs the three packages at a
# unique version into a temporary folder feed, checks what the packages carry, then makes a fresh
# MVC app (dotnet new mvc) and a fresh Razor Pages app (dotnet new webapp) in temporary folders,
# adds the packages from the feed, puts widgets on a page (files from tests/ConsumerApps/), publishes
# each app and runs it in the Production environment on a loopback port, and checks with curl that
# the page shows the widgets and that the package's stylesheet is served. Publish + Production, so
# that the static web assets must come from the package into the deployed app (Development would
# serve them from the build's manifest). It also asks for a board paper (the action plan's print view).
# Prints "consumer apps: N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sources="$root/tests/ConsumerApps"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# curl and unzip come with the machine image; install Debian's if a machine lacks them.
for tool in curl unzip; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
    else
      echo "consumer apps: $tool is needed (apt-get install $tool)" >&2; exit 1
    fi
  fi
done

work="$(mktemp -d)"
pids=()
version=""
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  # The unique versions restored into the NuGet cache are of no use after this run.
  if [ -n "$version" ]; then
    for id in safeguarding.domain safeguarding.entityframeworkcore safeguarding.boardpapers safeguarding.widgets; do
      rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/$id/$version"
    done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "consumer apps: $*" >&2; }
step() { echo "consumer apps: [${SECONDS}s] $*"; }

# 1. Pack, and check what the packages carry.
feed="$work/feed"
step "packing into a temporary feed"
version="$(bash "$root/.ci/pack" "$feed" | tail -n 1)"
step "packed $version"
package_problems=0
minor="$(sed -E 's/^([0-9]+)\.([0-9]+)\..*/\1 \2/' <<<"$version")"
read -r major minor <<<"$minor"
if [ "$major" = 0 ]; then next="0.$((minor + 1)).0"; else next="$((major + 1)).0.0"; fi
for id in Safeguarding.Domain Safeguarding.EntityFrameworkCore Safeguarding.EntityFrameworkCore.Sqlite Safeguarding.EntityFrameworkCore.PostgreSql Safeguarding.EntityFrameworkCore.SqlServer Safeguarding.BoardPapers Safeguarding.Widgets; do
  nupkg="$feed/$id.$version.nupkg"
  files="$(unzip -Z1 "$nupkg")"
  nuspec="$(unzip -p "$nupkg" "$id.nuspec")"
  readme="$(unzip -p "$nupkg" README.md)"
  if grep -q 'runtimeconfig\.json$' <<<"$files"; then fail "$id ships a runtimeconfig.json"; package_problems=$((package_problems + 1)); fi
  if ! grep -q "^# $id\$" <<<"$readme"; then fail "$id does not carry its own README (src/$id/README.md)"; package_problems=$((package_problems + 1)); fi
  # Links in a package README must be absolute: a feed has no repository around it.
  if grep -oE '\]\([^)]*\)' <<<"$readme" | grep -vqE '^\]\((https?://|#)'; then
    fail "$id's README has relative links: $(grep -oE '\]\([^)]*\)' <<<"$readme" | grep -vE '^\]\((https?://|#)' | tr '\n' ' ')"
    package_problems=$((package_problems + 1))
  fi
  unzip -p "$nupkg" "lib/net10.0/$id.dll" >"$work/$id.dll"
  if ! grep -q MPDB "$work/$id.dll"; then fail "$id.dll has no embedded PDB"; package_problems=$((package_problems + 1)); fi
  if [ "$id" != Safeguarding.Domain ]; then
    # Every dependency on a sibling package is within the same minor (0.x) or major.
    lines="$(grep -o '<dependency id="Safeguarding\.[^"]*"[^>]*>' <<<"$nuspec" || true)"
    echo "consumer apps: $id.nuspec: $(tr '\n' ' ' <<<"$lines")"
    if [ -z "$lines" ] || grep -vqF "version=\"[$version, $next)\"" <<<"$lines"; then
      fail "$id should depend on its sibling packages at [$version, $next), not: ${lines:-no dependency}"
      package_problems=$((package_problems + 1))
    fi
  fi
done

# 2. The apps. Restore from the repository's nuget.config, its local source pointed at the feed.
cp "$root/nuget.config" "$work/nuget.config"
dotnet nuget update source local --source "$feed" --configfile "$work/nuget.config" >/dev/null

passed=0; failed=0
port_of() { sed -n 's#.*Now listening on: http://127\.0\.0\.1:\([0-9]*\).*#\1#p' "$1" | head -n 1; }

check_app() {
  local name="$1" template="$2" sources_dir="$3" view_imports="$4" layout="$5"
  shift 5
  local app="$work/$name" publish="$work/$name-publish" log="$work/$name.log"
  step "$name: dotnet new $template"
  dotnet new "$template" -n "$name" -o "$app" --no-restore >"$log" 2>&1 || { fail "$name: dotnet new $template failed"; cat "$log" >&2; return 1; }
  # (Inside "if check_app", set -e is off: every step says itself how it failed.)
  cp -R "$sources_dir/." "$app/" || { fail "$name: could not copy $sources_dir"; return 1; }
  [ -f "$app/$view_imports" ] || { fail "$name: the template has no $view_imports"; return 1; }
  echo '@addTagHelper *, Safeguarding.Widgets' >>"$app/$view_imports"
  grep -q '</head>' "$app/$layout" || { fail "$name: no </head> in the template's $layout"; return 1; }
  sed -i 's#</head>#    <link rel="stylesheet" href="~/_content/Safeguarding.Widgets/css/safeguarding-widgets.css" />\n</head>#' "$app/$layout"
  local id
  step "$name: dotnet add package $* --version $version"
  for id in "$@"; do
    (cd "$app" && dotnet add package "$id" --version "$version" >>"$log" 2>&1) || { fail "$name: dotnet add package $id $version failed"; tail -n 30 "$log" >&2; return 1; }
  done
  step "$name: dotnet publish, then run it in Production"
  dotnet publish "$app" -c Release -o "$publish" -nologo >>"$log" 2>&1 || { fail "$name: dotnet publish failed"; grep -E 'error|warn' "$log" >&2 || tail -n 30 "$log" >&2; return 1; }

  local run_log="$work/$name.run.log"
  (cd "$publish" && ASPNETCORE_ENVIRONMENT=Production Safeguarding__PlanFolder="$root/seeds/plans" \
    exec dotnet "$name.dll" --urls "http://127.0.0.1:0") >"$run_log" 2>&1 &
  pids+=("$!")
  local pid="$!" port="" i
  for i in $(seq 1 120); do
    port="$(port_of "$run_log")"
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -z "$port" ]; then fail "$name did not start listening"; cat "$run_log" >&2; return 1; fi
  local base="http://127.0.0.1:$port" status problems=0
  status="$(curl -sS -o "$work/$name.html" -w '%{http_code}' "$base/")" || status="none"
  if [ "$status" != 200 ]; then
    fail "$name: GET / answered $status, not 200"; problems=$((problems + 1))
  else
    grep -q 'data-sg-widget="rag-summary"' "$work/$name.html" || { fail "$name: GET / has no data-sg-widget=\"rag-summary\" (the app sets options.Identity.AnonymousMayReadPlans = true, so an anonymous viewer should see it)"; problems=$((problems + 1)); }
    grep -q 'data-sg-widget="not-allowed"' "$work/$name.html" && { fail "$name: a widget refused the anonymous viewer"; problems=$((problems + 1)); }
    grep -qE 'data-sg-widget="(levels-of-need|private-fostering-check)"' "$work/$name.html" || { fail "$name: GET / has no practice guide widget"; problems=$((problems + 1)); }
    grep -q '_content/Safeguarding.Widgets/css/safeguarding-widgets' "$work/$name.html" || { fail "$name: GET / does not link the widgets' stylesheet"; problems=$((problems + 1)); }
  fi
  status="$(curl -sS -o "$work/$name.css" -w '%{http_code}' "$base/_content/Safeguarding.Widgets/css/safeguarding-widgets.css")" || status="none"
  if [ "$status" != 200 ]; then
    fail "$name: GET /_content/Safeguarding.Widgets/css/safeguarding-widgets.css answered $status, not 200"; problems=$((problems + 1))
  elif ! grep -q '\.sg-widget' "$work/$name.css"; then
    fail "$name: the stylesheet served is not the widgets' (no .sg-widget)"; problems=$((problems + 1))
  fi
  # A board paper from the Safeguarding.BoardPapers package, served by the endpoints the widgets map.
  status="$(curl -sS -o "$work/$name.paper.html" -w '%{http_code}' "$base/safeguarding/papers/action-plan.html")" || status="none"
  if [ "$status" != 200 ]; then
    fail "$name: GET /safeguarding/papers/action-plan.html answered $status, not 200"; problems=$((problems + 1))
  elif ! grep -q 'class="sg-paper"' "$work/$name.paper.html"; then
    fail "$name: the action plan's print view is not a board paper (no class=\"sg-paper\")"; problems=$((problems + 1))
  fi
  kill "$pid" 2>/dev/null || true
  if [ "$problems" -gt 0 ]; then tail -n 20 "$run_log" >&2; return 1; fi
  step "$name passed ($base)"
}

if check_app ConsumerMvc mvc "$sources/Mvc" Views/_ViewImports.cshtml Views/Shared/_Layout.cshtml Safeguarding.Widgets; then
  passed=$((passed + 1)); else failed=$((failed + 1)); fi
# The Razor Pages app also takes the EF Core package, so that all three come from the feed and
# Safeguarding.Domain resolves through both packages' ranges.
if check_app ConsumerPages webapp "$sources/RazorPages" Pages/_ViewImports.cshtml Pages/Shared/_Layout.cshtml Safeguarding.Widgets Safeguarding.EntityFrameworkCore.Sqlite; then
  passed=$((passed + 1)); else failed=$((failed + 1)); fi

if [ "$package_problems" -gt 0 ]; then
  fail "$package_problems problem(s) with the packages themselves (above)"
  failed=$((failed + 1))
fi
echo "consumer apps: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
