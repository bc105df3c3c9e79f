#!/usr/bin/env bash
# Times the district overview for 100, 1,000 and 10,000 generated
# communities and writes the figures to docs/benchmarks.md.
#
# Needs a build in build/ (meson setup build && meson compile -C build) and
# Xvfb for the window figures. Not a test: the numbers depend on the machine.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
work=$(mktemp -d)
xvfb_pid=
trap 'rm -rf "$work"; if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi' EXIT

# A display of its own, so a server left running elsewhere does not count.
number=97
while [ -e "/tmp/.X11-unix/X$number" ] || [ -e "/tmp/.X$number-lock" ]; do
  number=$((number + 1))
done
display=:$number
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" NO_AT_BRIDGE=1
export DISPLAY=$display GDK_BACKEND=x11 GSK_RENDERER=cairo

# Prints "SECONDS PEAK_KB" for a command, from /usr/bin/time -v.
timed () {
  local log=$work/time.log
  /usr/bin/time -v "$@" >"$work/out" 2>"$log"
  local seconds peak
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  echo "$seconds $peak"
}

# Prints "MEDIAN FASTEST SLOWEST ROWS" of nine runs of bench-district,
# whose single runs vary by a quarter on a shared virtual machine.
median_of_9 () {
  local runs
  runs=$(for _ in 1 2 3 4 5 6 7 8 9; do "$build/tests/district/bench-district" "$@"; done | sort -n)
  echo "$(echo "$runs" | sed -n 5p | cut -d' ' -f1) $(echo "$runs" | sed -n 1p | cut -d' ' -f1)" \
       "$(echo "$runs" | sed -n 9p)"
}

rows=()
use_rows=()
for n in 100 1000 10000; do
  project=$work/district-$n.renren
  "$build/tests/district/make-district" "$n" "$project"
  # Written back to disk now, so the writeback does not slow the first runs.
  sync
  size=$(du -k "$project" | cut -f1)

  read -r window_s window_fastest window_slowest window_rows < <(median_of_9 window "$project")
  read -r _ window_peak < <(timed "$build/tests/district/bench-district" window "$project")
  read -r score_s score_fastest score_slowest score_rows < <(median_of_9 score "$project")
  read -r export_s export_peak < <(timed "$build/src/renren-eval" export "$project" --district --output "$work/d.xlsx")
  xlsx=$(du -k "$work/d.xlsx" | cut -f1)

  rows+=("| $n | $size | $window_s ($window_fastest–$window_slowest) | $window_rows | $window_peak | $score_s ($score_fastest–$score_slowest) | $export_s | $export_peak | $xlsx |")

  read -r scroll_median scroll_max sort_s search_s < <("$build/tests/district/bench-district" use "$project")
  use_rows+=("| $n | $scroll_median | $scroll_max | $sort_s | $search_s |")
done

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "# Benchmarks"
  echo
  echo "Measured by \`build-aux/benchmark.sh\` on $(date -u +%Y-%m-%d), $(nproc) CPUs ($cpu),"
  echo "build type $(meson introspect "$build" --buildoptions | /usr/bin/python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="buildtype"][0])'),"
  echo "Xvfb with the cairo renderer. Projects come from \`make-district N\` (fixed seed)."
  echo
  echo "- *page*: \`bench-district window\`, median (fastest–slowest) of nine runs. With the district page"
  echo "  showing, the time from rr_window_open_project() (which reads and scores every"
  echo "  community and fills the page's model) to the first frame drawn, in seconds. The"
  echo "  sidebar, hidden on that page, is built when another page shows. *page peak*: that"
  echo "  process's maximum resident set (KB, 1,024 bytes). The file's damage check starts"
  echo "  after that frame in a worker thread, so the page time leaves it out, and the"
  echo "  process exits before the check ends. Each project is written to disk (\`sync\`)"
  echo "  before its runs."
  echo "- *score*: \`bench-district score\`, median (fastest–slowest) of nine runs: rr_district_load() alone,"
  echo "  which reads the project and scores every latest evaluation, in seconds."
  echo "- *export*: \`renren-eval export FILE --district\` as a whole process, in seconds, with"
  echo "  its peak resident set (KB) and the workbook's size (KB)."
  echo
  echo "| communities | project KB | page s | rows | page peak KB | score s | export s | export peak KB | xlsx KB |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Using the page, \`bench-district use\` (one run), in seconds from the change to the next"
  echo "frame. *Page down* scrolls the table by one page, 100 times, with the median and the"
  echo "slowest. The frame clock paces frames at 60 per second, so 0.0167 is one frame. *Sort*"
  echo "sorts by total, descending, and *search* types a community's name into the search field."
  echo
  echo "| communities | page down, median | page down, slowest | sort | search |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${use_rows[@]}"
} > "$top/docs/benchmarks.md"

cat "$top/docs/benchmarks.md"
