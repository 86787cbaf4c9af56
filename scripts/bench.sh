#!/usr/bin/env bash
# bench.sh: end-to-end throughput of claimcheck on generated batches.
#
# Builds the binary, generates 1, 10 and 50 MB batches (seed 1) into
# $BENCH_DIR (default: $TMPDIR/claimcheck-bench, reused when present), runs
# `claimcheck check --format json --fail-on never DIR` on each under
# /usr/bin/time -v, and prints wall time, MB/s, articles/s and peak RSS per
# size, the ratio of time per MB at the largest size to that at 1 MB, and
# GOMAXPROCS=1 against the default on the 10 MB batch.
#
# Usage: scripts/bench.sh [SIZE_MB...]   (default: 1 10 50)
# Env:   BENCH_DIR, BENCH_TIMEOUT (seconds per run, default 3600)
set -euo pipefail

cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1 10 50)
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/claimcheck-bench}
timeout_s=${BENCH_TIMEOUT:-3600}

if [ ! -x /usr/bin/time ]; then
	echo "bench.sh: /usr/bin/time is missing; install it with: apt-get install -y time" >&2
	exit 1
fi

bin="$dir/claimcheck"
mkdir -p "$dir"
go build -o "$bin" ./cmd/claimcheck

# batch SIZE: the folder of the SIZE MB batch, generated once.
batch() {
	local d="$dir/batch-${1}mb"
	if [ ! -f "$d/PLANTS.tsv" ]; then
		rm -rf "$d"
		go run ./internal/benchgen/cmd/genbatch -out "$d" -mb "$1" -seed 1 >&2
	fi
	echo "$d"
}

# measure DIR LABEL [ENV...]: one run; prints a result row and records the
# seconds per MB in $last_spm.
measure() {
	local d=$1 label=$2
	shift 2
	local bytes articles log
	bytes=$(find "$d" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
	articles=$(find "$d" -name '*.txt' | wc -l)
	log=$(mktemp)
	if ! env "$@" timeout "$timeout_s" /usr/bin/time -v "$bin" check --format json --fail-on never "$d" >/dev/null 2>"$log"; then
		echo "bench.sh: $label failed or timed out after ${timeout_s}s:" >&2
		tail -5 "$log" >&2
		rm -f "$log"
		last_spm=
		return 0
	fi
	local wall rss_kb
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
	rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
	rm -f "$log"
	awk -v l="$label" -v w="$wall" -v b="$bytes" -v a="$articles" -v r="$rss_kb" 'BEGIN {
		mb = b / 1e6
		printf "%-22s %8.1f MB %8d art %9.2f s %8.2f MB/s %9.1f art/s %8.0f MB RSS (%.1fx input)\n",
			l, mb, a, w, mb / w, a / w, r / 1024, (r * 1024) / b
	}'
	last_spm=$(awk -v w="$wall" -v b="$bytes" 'BEGIN { print w / (b / 1e6) }')
}

echo "claimcheck bench: $(nproc) CPUs, $(go version | cut -d' ' -f3), batches in $dir"
declare -A spm
for s in "${sizes[@]}"; do
	measure "$(batch "$s")" "${s} MB" 
	spm[$s]=$last_spm
done

first=${sizes[0]}
last=${sizes[${#sizes[@]}-1]}
if [ -n "${spm[$first]:-}" ] && [ -n "${spm[$last]:-}" ] && [ "$first" != "$last" ]; then
	awk -v a="${spm[$last]}" -v b="${spm[$first]}" -v f="$first" -v l="$last" \
		'BEGIN { printf "time per MB at %s MB / at %s MB: %.2fx (target <= 1.2x)\n", l, f, a / b }'
fi

for s in "${sizes[@]}"; do
	if [ "$s" = 10 ]; then
		d=$(batch 10)
		measure "$d" "10 MB GOMAXPROCS=1" GOMAXPROCS=1
		measure "$d" "10 MB GOMAXPROCS=$(nproc)" GOMAXPROCS="$(nproc)"
	fi
done
