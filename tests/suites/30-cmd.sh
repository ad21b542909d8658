# Command-line behaviour: tests/cmd/NAME.sh are sh scripts run from a scratch
# directory with $SLURMC, $ROOT and $SHARED set; exit 0 = pass. Each prints
# what went wrong on failure.
for t in "$ROOT"/tests/cmd/*.sh; do
	[ -f "$t" ] || continue
	name=$(basename "$t" .sh)
	scratch="$OUT/cmd-$name"
	mkdir -p "$scratch"
	if (cd "$scratch" && SLURMC="$SLURMC" ROOT="$ROOT" SHARED="$SHARED" sh "$t") \
		>"$OUT/cmd-$name.log" 2>&1; then
		pass "cmd/$name"
	else
		fail "cmd/$name" "$(tail -15 "$OUT/cmd-$name.log")"
	fi
done
