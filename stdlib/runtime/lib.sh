# lib.sh: helpers shared by entry.sh, srun.sh and scontrol.sh (sourced with
# `.`, never run).  POSIX sh plus awk; no bash-isms.  Slurm's list notations:
#
#   hl_expand LIST       "train-[0-2,5],login" -> one name a line
#   hl_compress NAME...  names (or comma lists of names) -> "train-[0-2,5],login"
#   rt_reps LIST         "4,4,1" -> "4(x2),1"   (SLURM_TASKS_PER_NODE form)
#   rt_unreps LIST       "4(x2),1" -> "4,4,1"
#   rt_nth LIST N        field N (from 0) of a comma list; status 1 past the end
#   rt_ranges LIST       "0,1,2,5" -> "0-2,5"   (task ids in srun's messages)
#
# and rt_trace_env LABEL, which prints the environment as "@@env LABEL
# NAME=VALUE" lines (SLURMC_TRACE_ENV=1).
#
# Names reach awk through ENVIRON, never through -v or the program text, so a
# backslash or quote in a value is data.  Values are never evaluated.

# A host name is a prefix and an optional number at its end; numbers keep
# their zero padding ("x[001-003]").  Several bracket groups expand as a
# product, a group may be followed by a suffix.
hl_expand() {
    HL_IN=$1 awk '
    function expand(s,   i, j, pre, body, rest, n, k, parts, lo, hi, w, v, a) {
        i = index(s, "[")
        if (i == 0) { if (s != "") print s; return }
        j = index(s, "]")
        if (j < i) { print s; return }
        pre = substr(s, 1, i - 1); body = substr(s, i + 1, j - i - 1); rest = substr(s, j + 1)
        n = split(body, parts, ",")
        for (k = 1; k <= n; k++) {
            if (index(parts[k], "-") > 0) {
                split(parts[k], a, "-"); lo = a[1]; hi = a[2]; w = length(lo)
                for (v = lo + 0; v <= hi + 0; v++) expand(pre sprintf("%0" w "d", v) rest)
            } else expand(pre parts[k] rest)
        }
    }
    BEGIN {
        s = ENVIRON["HL_IN"]; depth = 0; item = ""
        for (c = 1; c <= length(s); c++) {
            ch = substr(s, c, 1)
            if (ch == "[") depth++
            else if (ch == "]") depth--
            if (ch == "," && depth == 0) { expand(item); item = "" } else item = item ch
        }
        expand(item)
    }'
}

# Consecutive names with the same prefix share one bracket; inside it, runs of
# consecutive numbers of the same width become "a-b".  Order is kept, as in
# Slurm's unsorted hostlists ("r1,x1,r2" stays as it is).
hl_compress() {
    HL_IN=$(printf '%s\n' "$@") awk '
    function cont(a, b) {
        return b + 0 == a + 0 + 1 && (length(a) == length(b) || \
            (substr(a, 1, 1) != "0" && substr(b, 1, 1) != "0"))
    }
    function flush(   out, k, s) {
        if (gn == 0) return
        if (gn == 1) out = gp gnum[1]
        else {
            out = gp "["; s = 1
            for (k = 2; k <= gn + 1; k++) {
                if (k <= gn && cont(gnum[k - 1], gnum[k])) continue
                out = out (s == 1 ? "" : ",") gnum[s] (k - 1 > s ? "-" gnum[k - 1] : "")
                s = k
            }
            out = out "]"
        }
        emit(out); gn = 0
    }
    function emit(x) { res = res (res == "" ? "" : ",") x }
    BEGIN {
        n = split(ENVIRON["HL_IN"], names, /[,\n]/); gn = 0; res = ""
        for (i = 1; i <= n; i++) {
            name = names[i]
            if (name == "") continue
            if (match(name, /[0-9]+$/)) {
                p = substr(name, 1, RSTART - 1); num = substr(name, RSTART)
                if (gn > 0 && p != gp) flush()
                gp = p; gnum[++gn] = num
            } else { flush(); emit(name) }
        }
        flush()
        print res
    }'
}

rt_reps() {
    HL_IN=$1 awk 'BEGIN {
        n = split(ENVIRON["HL_IN"], v, ","); out = ""
        for (i = 1; i <= n; i = j) {
            for (j = i + 1; j <= n && v[j] == v[i]; j++) ;
            out = out (out == "" ? "" : ",") v[i] (j - i > 1 ? "(x" (j - i) ")" : "")
        }
        print out
    }'
}

rt_unreps() {
    HL_IN=$1 awk 'BEGIN {
        n = split(ENVIRON["HL_IN"], v, ","); out = ""
        for (i = 1; i <= n; i++) {
            c = 1; x = v[i]
            if (match(x, /\(x[0-9]+\)$/)) { c = substr(x, RSTART + 2, RLENGTH - 3) + 0; x = substr(x, 1, RSTART - 1) }
            for (k = 0; k < c; k++) out = out (out == "" ? "" : ",") x
        }
        print out
    }'
}

rt_nth() {
    _rt_l=$1, _rt_i=0
    while [ -n "$_rt_l" ]; do
        if [ "$_rt_i" -eq "$2" ]; then
            printf '%s\n' "${_rt_l%%,*}"
            return 0
        fi
        _rt_l=${_rt_l#*,} _rt_i=$((_rt_i + 1))
    done
    return 1
}

rt_ranges() {
    HL_IN=$1 awk 'BEGIN {
        n = split(ENVIRON["HL_IN"], v, ","); out = ""
        for (i = 1; i <= n; i = j + 1) {
            for (j = i; j < n && v[j + 1] == v[j] + 1; j++) ;
            out = out (out == "" ? "" : ",") v[i] (j > i ? "-" v[j] : "")
        }
        print out
    }'
}

# The whole environment, sorted, one "@@env LABEL NAME=VALUE" line each, as
# the slurm-oracle's TaskProlog records it.  One write per line, so that the
# lines of tasks tracing at once do not tear.  $1 is the label; awk is
# called by the path in rt_awk when set (a task's PATH may be gone).
rt_trace_env() {
    "${rt_awk:-awk}" -v l="$1" 'BEGIN {
        for (k in ENVIRON) if (k != "AWKPATH" && k != "AWKLIBPATH") key[++n] = k
        for (i = 2; i <= n; i++)
            for (j = i; j > 1 && key[j - 1] > key[j]; j--) { t = key[j]; key[j] = key[j - 1]; key[j - 1] = t }
        for (i = 1; i <= n; i++) { printf "@@env %s %s=%s\n", l, key[i], ENVIRON[key[i]]; fflush() }
    }'
}
