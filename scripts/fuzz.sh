#!/usr/bin/env bash
# fuzz.sh: runs every Fuzz target in the repository for SECONDS each.
#
# `go test ./...` already runs each target's seed corpus (f.Add and
# testdata/fuzz); this script lets the fuzzer generate new inputs. Targets
# are found with `go test -list`, so a new Fuzz function is picked up
# without editing this file. Each runs alone in its package:
#   go test -run XXX -fuzz '^Name$' -fuzztime SECONDSs ./pkg
# A failing input is saved by Go under the package's testdata/fuzz/Name/;
# commit it with the fix so the seed run keeps checking it.
#
# Usage: scripts/fuzz.sh [SECONDS]   (default: 60)
# Exit:  0 when every target passed (a "flake", Go's fuzz coordinator
#        reporting its own deadline with no failing input, golang/go#75804,
#        counts as passed), 1 when one failed or a package did not build,
#        2 on a bad argument.
set -uo pipefail

cd "$(dirname "$0")/.."
secs=${1:-60}
if ! [[ $secs =~ ^[1-9][0-9]*$ ]]; then
	echo "fuzz.sh: SECONDS must be a positive whole number, not '$secs'" >&2
	exit 2
fi
logs=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-fuzz.XXXXXX")

# Find the targets. `go test -list` prints a package's matching names,
# then "ok  PACKAGE ..."; a package that does not build fails the run.
listing="$logs/list.log"
list_ok=true
go test -list '^Fuzz.*' ./... >"$listing" 2>&1 || list_ok=false
targets=()
names=()
while IFS= read -r line; do
	case $line in
	Fuzz*) names+=("$line") ;;
	"ok "*)
		pkg=$(awk '{print $2}' <<<"$line")
		for n in "${names[@]}"; do targets+=("$pkg $n"); done
		names=()
		;;
	esac
done <"$listing"
if ! $list_ok; then
	echo "fuzz.sh: listing the targets failed (a package does not build?):" >&2
	grep -v '^Fuzz\|^ok \|^?' "$listing" | head -n 30 | sed 's/^/  /' >&2
	exit 1
fi
if [ ${#targets[@]} -eq 0 ]; then
	echo "fuzz.sh: no Fuzz targets found" >&2
	exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets, ${secs}s each; logs in $logs"

# corpusCount counts the saved inputs of one target: a real failure writes
# one more (a crasher), the coordinator race below writes none.
corpusCount() {
	local dir
	dir="$(go list -f '{{.Dir}}' "$1")/testdata/fuzz/$2"
	if [ -d "$dir" ]; then find "$dir" -type f | wc -l; else echo 0; fi
}

failed=()
flaked=()
for t in "${targets[@]}"; do
	pkg=${t% *}
	name=${t#* }
	log="$logs/$(tr '/' '_' <<<"$pkg")_$name.log"
	start=$SECONDS
	before=$(corpusCount "$pkg" "$name")
	if go test -run XXX -fuzz "^${name}\$" -fuzztime "${secs}s" "$pkg" >"$log" 2>&1; then
		printf '  ok    %-60s %4ds\n' "$pkg.$name" $((SECONDS - start))
	elif grep -q 'context deadline exceeded' "$log" && [ "$(corpusCount "$pkg" "$name")" -eq "$before" ]; then
		# Go's fuzz coordinator can report its own -fuzztime deadline as a
		# failure when a worker is mid-call at the deadline on a loaded
		# machine (golang/go#75804, fixed in Go 1.27). No input was saved,
		# so nothing failed: say so and go on.
		printf '  flake %-60s %4ds  (deadline race in Go'"'"'s fuzz coordinator, no failing input)\n' "$pkg.$name" $((SECONDS - start))
		flaked+=("$pkg.$name")
	else
		printf '  FAIL  %-60s %4ds\n' "$pkg.$name" $((SECONDS - start))
		tail -n 30 "$log" | sed 's/^/        /'
		failed+=("$pkg.$name")
	fi
done

echo "fuzz.sh: $((${#targets[@]} - ${#failed[@]} - ${#flaked[@]})) passed, ${#flaked[@]} flaked, ${#failed[@]} failed"
if [ ${#failed[@]} -gt 0 ]; then
	printf '  failed: %s\n' "${failed[@]}"
	echo "  new failing inputs are under each package's testdata/fuzz/ (see the logs in $logs)"
	exit 1
fi
