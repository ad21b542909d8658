# srun.sh: `srun` inside a compiled job.  The shim on PATH runs
#
#     /bin/sh srun.sh RUNDIR [OPTION...] COMMAND [ARG...]
#
# Every node runs the batch script, so every node runs each srun: each one
# lays the step out the same way (from the same options and the job's
# layout), takes the next step id of its own pod, starts this node's share of
# the tasks, waits for them and returns the worst exit status among them.  A
# node with no task in the step returns 0 at once.  Options are read as
# getopt_long reads them: "-n4", "-n 4", "--ntasks=4", "--ntasks 4", unique
# prefixes of long names, and the first word that is not an option ends them.
# Unknown options are skipped with a message.  See README.md for what is exact.

rt_run=$1
shift
. "$rt_run/job.env"
. "$rt_lib/lib.sh"

sr_err() { printf 'srun: error: %s\n' "$*" >&2; }
sr_warn() { printf 'srun: Warning: %s\n' "$*" >&2; }
sr_num() { case $1 in '' | *[!0-9]*) return 1 ;; esac; }

# Long options: name and kind (a = takes a value, f = flag, o = optional
# value).  Those without an effect here are accepted and ignored, so that
# their values are not taken for the command.
sr_longs='account:a accel-bind:a acctg-freq:a batch:a bb:a bbf:a bcast:o bcast-exclude:a begin:a
chdir:a clusters:a cluster-constraint:a comment:a compress:o constraint:a container:a container-id:a
contiguous:f core-spec:a cores-per-socket:a cpu-bind:a cpu-freq:a cpus-per-gpu:a cpus-per-task:a
deadline:a debugger-test:f delay-boot:a dependency:a disable-status:f distribution:a epilog:a error:a
exact:f exclude:a exclusive:o export:a export-file:a extra:a extra-node-info:a get-user-env:o gid:a
gpu-bind:a gpu-freq:a gpus:a gpus-per-node:a gpus-per-socket:a gpus-per-task:a gres:a gres-flags:a
het-group:a help:f hint:a hold:f immediate:o input:a job-name:a jobid:a kill-on-bad-exit:o label:f
licenses:a mail-type:a mail-user:a mcs-label:a mem:a mem-bind:a mem-per-cpu:a mem-per-gpu:a
mincpus:a mpi:a msg-timeout:a multi-prog:f network:a nice:o no-allocate:f nodefile:a nodelist:a
nodes:a no-kill:o ntasks:a ntasks-per-core:a ntasks-per-gpu:a ntasks-per-node:a ntasks-per-socket:a
ntasks-per-tres:a open-mode:a output:a overcommit:f overlap:f oversubscribe:f partition:a power:a
preserve-env:f prefer:a priority:a profile:a prolog:a propagate:o pty:f qos:a quiet:f quit-on-interrupt:f
reboot:f relative:a reservation:a resv-ports:o send-libs:o signal:a slurmd-debug:a sockets-per-node:a
spread-job:f switches:a task-epilog:a task-prolog:a test-only:f thread-spec:a threads:a
threads-per-core:a time:a time-min:a tmp:a tres-bind:a tres-per-task:a uid:a unbuffered:f usage:f
use-min-nodes:f verbose:f version:f wait:a wckey:a whole:f x11:o'
# Short options: letter, long name.
sr_shorts='A:account B:extra-node-info C:constraint c:cpus-per-task D:chdir d:dependency e:error
E:preserve-env G:gpus H:hold h:help I:immediate i:input J:job-name K:kill-on-bad-exit k:no-kill
L:licenses l:label M:clusters m:distribution N:nodes n:ntasks O:overcommit o:output p:partition
Q:quiet q:qos r:relative S:core-spec s:oversubscribe T:threads t:time u:unbuffered V:version
v:verbose W:wait w:nodelist X:disable-status x:exclude Z:no-allocate'

# sr_long NAME: the table entry "name:kind" NAME stands for, by exact name or
# unique prefix; status 1 for none, 2 for several.
sr_long() {
    _sl_hit= _sl_n=0
    for _sl_e in $sr_longs; do
        case ${_sl_e%:*} in
        "$1") printf '%s\n' "$_sl_e"; return 0 ;;
        "$1"*) _sl_hit=$_sl_e _sl_n=$((_sl_n + 1)) ;;
        esac
    done
    [ "$_sl_n" -eq 1 ] && { printf '%s\n' "$_sl_hit"; return 0; }
    [ "$_sl_n" -gt 1 ] && return 2
    return 1
}

sr_short() {
    for _ss_e in $sr_shorts; do
        [ "${_ss_e%%:*}" = "$1" ] && { printf '%s\n' "${_ss_e#*:}"; return 0; }
    done
    return 1
}

o_n= o_N= o_ntpn= o_c= o_label= o_export= o_het= o_J= o_out= o_err= o_in= o_dist=
o_gpus= o_gpn= o_gpt= o_oc= o_chdir= o_mode= o_multi=

# sr_apply NAME VALUE: one option, by its long name.
sr_apply() {
    case $1 in
    nodes) o_N=${2%%-*} ;;
    ntasks) o_n=$2 ;;
    ntasks-per-node) o_ntpn=$2 ;;
    cpus-per-task) o_c=$2 ;;
    label) o_label=1 ;;
    export) o_export=$2 ;;
    het-group) o_het=$2 ;;
    job-name) o_J=$2 ;;
    output) o_out=$2 ;;
    error) o_err=$2 ;;
    input) o_in=$2 ;;
    distribution) o_dist=$2 ;;
    gpus) o_gpus=${2##*:} ;;
    gpus-per-node) o_gpn=${2##*:} ;;
    gpus-per-task) o_gpt=${2##*:} ;;
    overcommit) o_oc=1 ;;
    chdir) o_chdir=$2 ;;
    open-mode) o_mode=$2 ;;
    multi-prog) o_multi=1 ;;
    version) echo "slurm 22.05.8"; exit 0 ;;
    help | usage)
        echo "Usage: srun [-N nodes] [-n ntasks] [-c ncpus] [--ntasks-per-node=n] [-l] [-o out] [-e err]"
        echo "            [--export=ALL|NONE|VARS] [-J name] [-m block|cyclic] executable [args...]"
        echo "(slurmc's srun: runs this node's share of the step; see slurmc's runtime README)"
        exit 0 ;;
    esac
}

while [ $# -gt 0 ]; do
    case $1 in
    --) shift; break ;;
    --?*)
        _o=${1#--} _v= _hasv=0
        case $_o in *=*) _v=${_o#*=} _o=${_o%%=*} _hasv=1 ;; esac
        _e=$(sr_long "$_o")
        case $? in
        2) sr_err "option '--$_o' is ambiguous"; exit 1 ;;
        1) printf "srun: unrecognized option '%s' (slurmc: skipped)\n" "$1" >&2; shift; continue ;;
        esac
        shift
        case ${_e#*:} in
        a) if [ "$_hasv" = 0 ]; then
            [ $# -gt 0 ] || { sr_err "option '--${_e%:*}' requires an argument"; exit 1; }
            _v=$1; shift
           fi ;;
        esac
        sr_apply "${_e%:*}" "$_v" ;;
    -?*)
        _rest=${1#-}
        shift
        while [ -n "$_rest" ]; do
            _c=${_rest%"${_rest#?}"} _rest=${_rest#?}
            if ! _name=$(sr_short "$_c"); then
                printf "srun: invalid option -- '%s' (slurmc: skipped)\n" "$_c" >&2
                continue
            fi
            _e=$(sr_long "$_name")
            case ${_e#*:} in
            a)
                if [ -n "$_rest" ]; then _v=$_rest _rest=
                else
                    [ $# -gt 0 ] || { sr_err "option requires an argument -- '$_c'"; exit 1; }
                    _v=$1; shift
                fi
                sr_apply "$_name" "$_v" ;;
            o) sr_apply "$_name" "$_rest"; _rest= ;;
            *) sr_apply "$_name" "" ;;
            esac
        done ;;
    *) break ;;
    esac
done
[ $# -gt 0 ] || { printf 'srun: fatal: No command given to execute.\n' >&2; exit 1; }
[ -z "$o_multi" ] || { sr_err "--multi-prog is not supported by slurmc's runtime"; exit 1; }

# --- the step's layout -------------------------------------------------------

# sr_layout N n c NTPN CPUS ME: Slurm's step layout, as the oracle shows it.
# The step needs n*c of the CPUs its N nodes hold (unless --overcommit);
# tasks then go round the nodes one at a time, a node taking at most its
# CPUs / c (rounded up), and past that (--overcommit) round again without a
# limit; they are numbered in blocks (or cyclically, or in planes).  Prints
# "ok COUNTS MINE AUTO" (MINE: the ids on node ME, or "-"; AUTO: what
# SLURM_DISTRIBUTION says by default), or "err".
sr_layout() {
    HL_IN=$5 awk -v N="$1" -v n="$2" -v c="$3" -v ntpn="${4:-0}" -v me="$6" \
        -v oc="${o_oc:-0}" -v dist="$dist" 'BEGIN {
    m = split(ENVIRON["HL_IN"], cp, ",")
    known = 1; tot = 0
    for (i = 1; i <= N; i++) {
        if (i <= m && cp[i] != "") { slot[i] = int((cp[i] + c - 1) / c); tot += cp[i] }
        else { slot[i] = -1; known = 0 }
    }
    if (!oc && known && n * c > tot) { print "err"; exit }
    if (ntpn > 0) {
        for (i = 1; i <= N; i++) { cnt[i] = ntpn; if (!oc && slot[i] >= 0 && ntpn > slot[i]) { print "err"; exit } }
    } else {
        left = n
        for (j = 0; left > 0; j++) {
            gave = 0
            for (i = 1; i <= N && left > 0; i++)
                if (slot[i] < 0 || slot[i] > j) { cnt[i]++; left--; gave = 1 }
            if (gave) continue
            if (!oc) { print "err"; exit }
            for (i = 1; i <= N; i++) slot[i] = -1
        }
        for (i = 1; i <= N; i++) if (cnt[i] == 0) { print "err"; exit }
    }
    split(dist, d, /[:,]/); kind = d[1]; plane = 1
    if (kind ~ /^plane=/) { plane = substr(kind, 7) + 0; kind = "plane" }
    for (i = 1; i <= N; i++) rem[i] = cnt[i]
    id = 0
    if (kind == "cyclic" || kind == "plane") {
        if (kind == "cyclic") plane = 1
        while (id < n)
            for (i = 1; i <= N; i++)
                for (k = 0; k < plane && rem[i] > 0; k++) { ids[i] = ids[i] (ids[i] == "" ? "" : ",") id++; rem[i]-- }
    } else
        for (i = 1; i <= N; i++)
            for (k = 0; k < cnt[i]; k++) ids[i] = ids[i] (ids[i] == "" ? "" : ",") id++
    one = 1
    for (i = 1; i <= N; i++) { counts = counts (i > 1 ? "," : "") cnt[i]; if (cnt[i] != 1) one = 0 }
    mine = (me >= 0 && me < N && ids[me + 1] != "") ? ids[me + 1] : "-"
    print "ok", counts, mine, (one ? "cyclic" : "block")
}'
}

# The het groups of the step: --het-group (a list, ranges allowed), else 0.
sr_groups=$(printf '%s\n' "${o_het:-0}" | awk -F, '{
    for (i = 1; i <= NF; i++) {
        if (split($i, r, "-") == 2) for (v = r[1]; v <= r[2]; v++) printf "%s%d", (o++ ? " " : ""), v
        else if ($i ~ /^[0-9]+$/) printf "%s%d", (o++ ? " " : ""), $i
        else { printf "bad"; exit }
    }
}')
for _g in $sr_groups; do
    sr_num "$_g" && [ "$_g" -lt "$rt_het" ] || {
        sr_err "--het-group=$o_het: the job has $rt_het component(s) (0-$((rt_het - 1)))"
        exit 1
    }
done
dist=${o_dist:-${SLURM_DISTRIBUTION:-}}

# Lay each group out; the step is their concatenation, with task ids and
# node indexes running on from one group to the next.
sr_names= sr_counts= sr_cpus= sr_mine= sr_auto= N=0 n=0 sr_mynode=
for _g in $sr_groups; do
    . "$rt_run/comp/$_g.env"
    if [ "$rt_het" -eq 1 ]; then
        # Like Slurm's srun, take what the options do not say from the
        # environment the batch step (or an enclosing step) set.
        gn=${o_n:-${SLURM_NTASKS:-${SLURM_NPROCS:-}}}
        gN=${o_N:-${SLURM_NNODES:-$c_nn}}
        gc=${o_c:-${SLURM_CPUS_PER_TASK:-1}}
        gntpn=${o_ntpn:-${SLURM_NTASKS_PER_NODE:-}}
    else
        gn=${o_n:-$c_ntasks} gN=${o_N:-$c_nn} gc=${o_c:-${c_cpt:-1}} gntpn=${o_ntpn:-$c_ntpn}
    fi
    for _x in "$gN" "$gc" ${gn:+"$gn"} ${gntpn:+"$gntpn"}; do
        sr_num "$_x" && [ "$_x" -gt 0 ] || { sr_err "invalid numeric value \"$_x\""; exit 1; }
    done
    if [ "$gN" -gt "$c_nn" ]; then
        sr_err "Only allocated $c_nn nodes asked for $gN"
        exit 1
    fi
    if [ -n "$gntpn" ]; then
        if [ -z "$gn" ]; then gn=$((gN * gntpn))
        elif [ "$gn" -ne $((gN * gntpn)) ]; then
            [ -n "$o_ntpn" ] && sr_warn "can't honor --ntasks-per-node set to $gntpn which doesn't match the requested tasks $gn with the number of requested nodes $gN. Ignoring --ntasks-per-node."
            gntpn=
        fi
    fi
    [ -n "$gn" ] || gn=$gN
    if [ "$gn" -lt "$gN" ]; then
        sr_warn "can't run $gn processes on $gN nodes, setting nnodes to $gn"
        gN=$gn
    fi
    _me=-1
    [ "$_g" -eq "$rt_group" ] && _me=$rt_gnode
    read -r _ok _counts _mine _auto <<EOF
$(sr_layout "$gN" "$gn" "$gc" "$gntpn" "$c_cpus" "$_me")
EOF
    if [ "$_ok" != ok ]; then
        sr_err "Unable to create step for job $rt_jobid: More processors requested than permitted"
        exit 1
    fi
    if [ "$_mine" != - ]; then
        sr_mine=$(HL_IN=$_mine awk -v o="$n" 'BEGIN {
            k = split(ENVIRON["HL_IN"], v, ","); for (i = 1; i <= k; i++) printf "%s%d", (i > 1 ? "," : ""), v[i] + o }')
        sr_mynode=$((N + rt_gnode))
        sr_mycpus=$(rt_nth "$c_cpus" "$rt_gnode")
        sr_g=$(rt_nth "$c_gpus" "$rt_gnode" 2>/dev/null) || sr_g=
        sr_gpureq=$c_gpureq sr_c=$gc sr_ntpn=$gntpn
    fi
    sr_names=$sr_names${sr_names:+,}$(awk -v N="$gN" -v s="$c_names" 'BEGIN {
        split(s, a, ","); for (i = 1; i <= N; i++) printf "%s%s", (i > 1 ? "," : ""), a[i] }')
    sr_counts=$sr_counts${sr_counts:+,}$_counts
    sr_cpus=$sr_cpus${sr_cpus:+,}$c_cpus
    N=$((N + gN)) n=$((n + gn))
done
sr_auto=$(HL_IN=$sr_counts awk 'BEGIN { k = split(ENVIRON["HL_IN"], v, ","); for (i = 1; i <= k; i++) if (v[i] != 1) { print "block"; exit } print "cyclic" }')

# --- the step id: the next of this pod, safe for `srun ... &` -----------------

# mkdir is atomic: the first srun to create steps/S owns step S.  "next" is
# only a hint to start from.
s=$(cat "$rt_run/steps/next" 2>/dev/null) || s=
sr_num "$s" || s=0
while ! mkdir "$rt_run/steps/$s" 2>/dev/null; do
    [ -d "$rt_run/steps" ] || { sr_err "the runtime's state in $rt_run is gone"; exit 1; }
    s=$((s + 1))
done
echo $((s + 1)) >"$rt_run/steps/next.$$" && mv -f "$rt_run/steps/next.$$" "$rt_run/steps/next"
sr_dir=$rt_run/steps/$s

[ -n "$sr_mine" ] || exit 0

# --- the environment every task of the step shares ---------------------------

sr_tpn=$(rt_reps "$sr_counts")
sr_nodelist=$(hl_compress "$sr_names")
# SLURM_DISTRIBUTION says "cyclic" when every node has one task.
[ -n "$dist" ] || dist=$sr_auto
export SLURM_STEP_ID="$s" SLURM_STEPID="$s"
export SLURM_STEP_NODELIST="$sr_nodelist"
export SLURM_STEP_NUM_NODES="$N" SLURM_STEP_NUM_TASKS="$n" SLURM_STEP_TASKS_PER_NODE="$sr_tpn"
export SLURM_NNODES="$N" SLURM_NTASKS="$n" SLURM_NPROCS="$n" SLURM_TASKS_PER_NODE="$sr_tpn"
export SLURM_DISTRIBUTION="$dist"
if [ "$rt_het" -gt 1 ]; then
    # A het step is a job of its own groups' nodes.
    export SLURM_JOB_NODELIST="$sr_nodelist" SLURM_NODELIST="$sr_nodelist" SLURM_JOB_NUM_NODES="$N"
    export SLURM_JOB_CPUS_PER_NODE="$(rt_reps "$sr_cpus")"
else
    export SLURM_JOB_CPUS_PER_NODE_PACK_GROUP_0="$(rt_reps "$sr_cpus")"
fi
export SLURM_LAUNCH_NODE_IPADDR="$rt_ip" SLURM_SRUN_COMM_HOST="$rt_ip"
export SLURM_SRUN_COMM_PORT=$((40000 + s % 20000)) SLURM_STEP_LAUNCHER_PORT=$((40000 + s % 20000))
export SLURM_UMASK="$(umask)" SRUN_DEBUG=3
export SLURM_NODEID="$sr_mynode" SLURMD_NODENAME="$rt_me" SLURM_TOPOLOGY_ADDR="$rt_me"
export SLURM_CPUS_ON_NODE="$sr_mycpus"
export SLURM_GTIDS="$sr_mine"
[ -n "$o_c" ] && export SLURM_CPUS_PER_TASK="$o_c"
[ -n "$o_ntpn" ] && [ -n "$sr_ntpn" ] && export SLURM_NTASKS_PER_NODE="$o_ntpn"
[ -n "$o_J" ] && export SLURM_JOB_NAME="$o_J"

# GPUs: the step gets what it asks for, else all of the job's on the node
# if the job asked for GPUs; --gpus-per-task binds each task to its own.
sr_num "$sr_g" || sr_g=0
sr_local=$(printf '%s\n' "$sr_mine" | awk -F, '{ print NF }')
gpt=${o_gpt:-${SLURM_GPUS_PER_TASK:-}}
sr_num "$gpt" || gpt=
if [ -n "$gpt" ]; then sr_sg=$((gpt * sr_local))
elif sr_num "$o_gpn"; then sr_sg=$o_gpn
elif sr_num "$o_gpus"; then sr_sg=$(((o_gpus + N - 1) / N))
elif [ "$sr_gpureq" = 1 ]; then sr_sg=$sr_g
else sr_sg=0
fi
[ "$sr_g" -gt 0 ] && [ "$sr_sg" -gt "$sr_g" ] && sr_sg=$sr_g
if [ "$sr_g" -gt 0 ] && [ "$sr_sg" -eq 0 ]; then
    unset SLURM_GPUS_ON_NODE CUDA_VISIBLE_DEVICES GPU_DEVICE_ORDINAL ROCR_VISIBLE_DEVICES ZE_AFFINITY_MASK
fi
[ -n "$gpt" ] && [ "$sr_sg" -gt 0 ] && export SLURMD_TRES_BIND="gpu:per_task:$gpt"

# sr_gpulist LOCALID: the GPUs task LOCALID sees.
sr_gpulist() {
    awk -v l="$1" -v g="${gpt:-0}" -v s="$sr_sg" -v G="$sr_g" 'BEGIN {
        if (g > 0) for (i = 0; i < g; i++) printf "%s%d", (i ? "," : ""), (l * g + i) % (G > 0 ? G : s)
        else for (i = 0; i < s; i++) printf "%s%d", (i ? "," : ""), i }'
}

# --- export: which of srun's environment the tasks get -------------------------

sr_exp=${o_export:-${SLURM_EXPORT_ENV:-ALL}}
sr_keep= sr_all=0
sr_rest=$sr_exp,
while [ -n "$sr_rest" ]; do
    _i=${sr_rest%%,*} sr_rest=${sr_rest#*,}
    case $_i in
    [Aa][Ll][Ll]) sr_all=1 ;;
    [Nn][Oo][Nn][Ee] | '') ;;
    *=*) case ${_i%%=*} in '' | [0-9]* | *[!A-Za-z0-9_]*) ;; *) export "$_i"; sr_keep=$sr_keep,${_i%%=*} ;; esac ;;
    *) sr_keep=$sr_keep,$_i ;;
    esac
done

# sr_filter: in a task, drop what --export leaves out: everything but
# SLURM_*, SLURMD_NODENAME, TMPDIR and the variables --export names.
sr_filter() {
    [ "$sr_all" = 1 ] && return 0
    [ -n "${TMPDIR:-}" ] || export TMPDIR=/tmp
    for _f in $(awk 'BEGIN { for (k in ENVIRON) if (k ~ /^[A-Za-z_][A-Za-z0-9_]*$/) print k }'); do
        case $_f in SLURM_* | SLURMD_NODENAME | TMPDIR) continue ;; esac
        case $sr_keep, in *",$_f,"*) continue ;; esac
        unset "$_f" 2>/dev/null
    done
}

# sr_resolve PROG SEARCHPATH: PROG's path, as execvp would find it.
sr_resolve() {
    case $1 in /*) printf '%s\n' "$1"; return 0 ;; */*) printf '%s\n' "$PWD/$1"; return 0 ;; esac
    [ -n "$2" ] || return 1
    _rp=$2:
    while [ -n "$_rp" ]; do
        _d=${_rp%%:*} _rp=${_rp#*:}
        if [ -f "${_d:-.}/$1" ] && [ -x "${_d:-.}/$1" ]; then printf '%s\n' "${_d:-.}/$1"; return 0; fi
    done
    return 1
}

# sr_exec PROCID LOCALID PROG [ARG...]: become task PROCID (in a subshell).
sr_exec() {
    export SLURM_PROCID="$1" SLURM_LOCALID="$2"
    shift 2
    if [ "$sr_sg" -gt 0 ]; then
        _gl=$(sr_gpulist "$SLURM_LOCALID")
        export SLURM_STEP_GPUS="$_gl" CUDA_VISIBLE_DEVICES="$_gl" GPU_DEVICE_ORDINAL="$_gl" \
            ROCR_VISIBLE_DEVICES="$_gl" ZE_AFFINITY_MASK="$_gl"
    fi
    if [ -n "$o_chdir" ]; then cd "$o_chdir" || exit 1; fi
    sr_filter
    if read -r _pid _ </proc/self/stat 2>/dev/null; then export SLURM_TASK_PID="$_pid"
    else export SLURM_TASK_PID="$(/bin/sh -c 'echo $PPID')"
    fi
    if [ "$rt_trace" = 1 ]; then
        { rt_trace_env "s$s.t$SLURM_PROCID" >&9; } 2>/dev/null || rt_trace_env "s$s.t$SLURM_PROCID"
    fi
    # slurmstepd looks the program up in the task's own PATH, which --export
    # may have taken away: then the task fails as under Slurm.
    # Like slurmstepd, exit with execve's errno (a name with a slash is
    # shown as the full path).
    _p=$(sr_resolve "$1" "${PATH:-}") || _p=
    case $1 in */*) _shown=$_p ;; *) _shown=$1 ;; esac
    if [ -z "$_p" ] || [ ! -e "$_p" ]; then
        printf 'slurmstepd-%s: error: execve(): %s: No such file or directory\n' "$rt_me" "$_shown" >&2
        exit 2
    fi
    if [ ! -x "$_p" ] || [ -d "$_p" ]; then
        printf 'slurmstepd-%s: error: execve(): %s: Permission denied\n' "$rt_me" "$_shown" >&2
        exit 13
    fi
    shift
    exec "$_p" "$@"
}

# --- files: -o/-e/-i patterns --------------------------------------------------

# sr_pattern PATTERN PROCID: a file name pattern expanded for one task.
sr_pattern() {
    SR_P=$1 SR_N=$rt_me SR_X=${SLURM_JOB_NAME:-} SR_U=${SLURM_JOB_USER:-} awk \
        -v t="$2" -v j="$rt_jobid" -v s="$s" -v nid="$sr_mynode" \
        -v A="${SLURM_ARRAY_JOB_ID:-$rt_jobid}" -v a="${SLURM_ARRAY_TASK_ID:-4294967294}" 'BEGIN {
        p = ENVIRON["SR_P"]; out = ""
        while ((i = index(p, "%")) > 0) {
            out = out substr(p, 1, i - 1); p = substr(p, i + 1); w = ""
            while (p ~ /^[0-9]/) { w = w substr(p, 1, 1); p = substr(p, 2) }
            ch = substr(p, 1, 1); p = substr(p, 2); v = ""; num = 1
            if (ch == "t") v = t; else if (ch == "j") v = j; else if (ch == "J") { v = j "." s; num = 0 }
            else if (ch == "s") v = s; else if (ch == "n") v = nid; else if (ch == "A") v = A
            else if (ch == "a") v = a
            else if (ch == "N") { v = ENVIRON["SR_N"]; num = 0 } else if (ch == "x") { v = ENVIRON["SR_X"]; num = 0 }
            else if (ch == "u") { v = ENVIRON["SR_U"]; num = 0 } else if (ch == "%") { v = "%"; num = 0 }
            else { v = "%" w ch; num = 0; w = "" }
            if (num && w != "") v = sprintf("%0" (w + 0) "d", v)
            out = out v
        }
        print out p
    }'
}

sr_truncated=
# sr_open PATH: truncate PATH once per step (unless --open-mode=append).
sr_open() {
    case $1 in /dev/*) return 0 ;; esac
    case "$sr_truncated" in *"
$1
"*) return 0 ;; esac
    sr_truncated="$sr_truncated
$1
"
    case $o_mode in a*) : >>"$1" ;; *) : >"$1" ;; esac
}

# --- launch -----------------------------------------------------------------

sr_width=$(printf '%s' $((n - 1)) | awk '{ print length($0) }')
# srun sends its stdin to every task: with several tasks here, read it once.
sr_stdin=
case ${o_in:-all} in
all)
    case $sr_mine in *,*) [ -t 0 ] || { cat >"$sr_dir/stdin" && sr_stdin=$sr_dir/stdin; } ;; esac ;;
none) sr_stdin=/dev/null ;;
esac

sr_pids= sr_procs=
sr_l=0
sr_rest=$sr_mine,
while [ -n "$sr_rest" ]; do
    sr_t=${sr_rest%%,*} sr_rest=${sr_rest#*,}
    sr_in=$sr_stdin sr_o= sr_e=
    case ${o_in:-all} in
    all | none) ;;
    *[!0-9]*) sr_in=$(sr_pattern "$o_in" "$sr_t") ;;
    *) [ "$o_in" = "$sr_t" ] || sr_in=/dev/null ;;
    esac
    case $o_out in '') ;; none) sr_o=/dev/null ;; *) sr_o=$(sr_pattern "$o_out" "$sr_t"); sr_open "$sr_o" ;; esac
    case $o_err in '') ;; none) sr_e=/dev/null ;; *) sr_e=$(sr_pattern "$o_err" "$sr_t"); sr_open "$sr_e" ;; esac
    if [ -n "$o_label" ]; then
        sr_lab=$sr_t
        while [ ${#sr_lab} -lt "$sr_width" ]; do sr_lab=" $sr_lab"; done
        (
            sr_lbl() { awk -v p="$sr_lab: " '{ print p $0; fflush() }'; }
            [ -z "$sr_in" ] || exec <"$sr_in"
            [ -z "$sr_o" ] || exec >>"$sr_o"
            if [ -n "$sr_e" ]; then exec 2>>"$sr_e"; elif [ -n "$sr_o" ]; then exec 2>&1; fi
            { { (sr_exec "$sr_t" "$sr_l" "$@") 3>&- 4>&-; echo $? >"$sr_dir/rc.$sr_t"; } 2>&1 1>&4 4>&- |
                sr_lbl 1>&2; } 4>&1 | sr_lbl
            exit "$(cat "$sr_dir/rc.$sr_t" 2>/dev/null || echo 1)"
        ) &
    else
        (
            [ -z "$sr_in" ] || exec <"$sr_in"
            [ -z "$sr_o" ] || exec >>"$sr_o"
            if [ -n "$sr_e" ]; then exec 2>>"$sr_e"; elif [ -n "$sr_o" ]; then exec 2>&1; fi
            sr_exec "$sr_t" "$sr_l" "$@"
        ) &
    fi
    sr_pids="$sr_pids $!" sr_procs="$sr_procs $sr_t"
    sr_l=$((sr_l + 1))
done

sr_fwd() { for _p in $sr_pids; do kill -"$1" "$_p" 2>/dev/null; done; }
trap 'sr_fwd TERM' TERM
trap 'sr_fwd INT' INT
trap 'sr_fwd HUP' HUP

# Wait for every task; a signal to srun interrupts `wait`, so wait again
# until the task is really gone.
sr_report=
set -- $sr_procs
for sr_p in $sr_pids; do
    while :; do
        # (2>/dev/null: no "Killed" from the shell; srun says it its way.)
        wait "$sr_p" 2>/dev/null
        sr_st=$?
        kill -0 "$sr_p" 2>/dev/null || break
    done
    sr_report="$sr_report$1 $sr_st
"
    shift
done

# Like srun: one line per exit status, tasks with the same status together.
printf '%s' "$sr_report" | awk -v node="$rt_me" -v job="$rt_jobid" -v step="$s" '
    BEGIN {
        split("Hangup,Interrupt,Quit,Illegal instruction,Trace/breakpoint trap,Aborted,Bus error," \
              "Floating point exception,Killed,User defined signal 1,Segmentation fault," \
              "User defined signal 2,Broken pipe,Alarm clock,Terminated", sig, ",")
    }
    NF == 2 {
        if (!($2 in ids)) order[++n] = $2
        ids[$2] = ids[$2] (ids[$2] == "" ? "" : ",") $1; cnt[$2]++
    }
    END {
        for (k = 1; k <= n; k++) {
            st = order[k] + 0
            if (st == 0) continue
            what = (st > 128 && st - 128 in sig) ? sig[st - 128] : (st > 128 ? "Killed by signal " (st - 128) : "Exited with exit code " st)
            if (st > 128) killed = 1
            printf "srun: error: %s: %s %s: %s\n", node, (cnt[order[k]] > 1 ? "tasks" : "task"), ranges(ids[order[k]]), what
        }
        if (killed) printf "srun: Force Terminated StepId=%s.%s\n", job, step
    }
    function ranges(l,   v, m, i, j, out) {
        m = split(l, v, ",")
        for (i = 1; i <= m; i = j + 1) {
            for (j = i; j < m && v[j + 1] == v[j] + 1; j++) ;
            out = out (out == "" ? "" : ",") v[i] (j > i ? "-" v[j] : "")
        }
        return out
    }' >&2
sr_worst=$(printf '%s' "$sr_report" | awk 'NF == 2 && $2 + 0 > w { w = $2 + 0 } END { print w + 0 }')
exit "$sr_worst"
