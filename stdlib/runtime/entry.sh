#!/bin/sh
# entry.sh: the container's command, `/bin/sh /slurmc/entry.sh [ARG...]`.
#
# Turns the facts the compiler put in SLURMC_* variables, and what the
# backend tells this pod (its index, its peers), into the environment of a
# Slurm batch step; puts `srun` and `scontrol` first on PATH; then runs the
# user's script (the file `script` next to this one) with the interpreter of
# its own `#!` line, the ARGs as its arguments and stdin from /dev/null, as
# slurmstepd does.  The script's exit status is the container's.
#
# A job is a list of components (one, or the parts of a het job); each pod
# is one node of one component.  The contract with the emitter, and every
# variable set here (exact or approximate), is in README.md.  Nothing read
# from the environment is ever evaluated: values are only assigned,
# compared and printed.

case $0 in */*) rt_lib=${0%/*} ;; *) rt_lib=. ;; esac
rt_lib=$(cd "$rt_lib" && pwd) || exit 127
. "$rt_lib/lib.sh"

rt_die() { printf 'slurmc: %s\n' "$*" >&2; exit 127; }

# rt_num VALUE DEFAULT: VALUE if it is a non-negative integer, else DEFAULT.
rt_num() { case $1 in '' | *[!0-9]*) printf '%s\n' "$2" ;; *) printf '%s\n' "$1" ;; esac; }

# rt_q VALUE: VALUE as one single-quoted shell word (for the state files).
rt_q() {
    _rt_q=$(printf '%sx' "$1" | sed "s/'/'\\\\''/g")
    printf "'%s'" "${_rt_q%x}"
}

# rt_fact K NAME: fact NAME of component K: SLURMC_HET_<K>_<NAME>, or for
# component 0 (and every job that is not a het job) SLURMC_<NAME>.
rt_fact() {
    awk -v k="$1" -v n="$2" -v het="$rt_het" 'BEGIN {
        v = ""; h = "SLURMC_HET_" k "_" n
        if (het > 1 && h in ENVIRON) v = ENVIRON[h]
        else if (k == 0) v = ENVIRON["SLURMC_" n]
        printf "%s", v
    }'
}

# rt_pernode LIST DEFAULT NODES: LIST ("3,1", "2(x4)", or one value for
# every node) as exactly NODES numbers; a missing or bad entry is DEFAULT.
rt_pernode() {
    HL_IN=$(rt_unreps "$1") awk -v d="$2" -v N="$3" 'BEGIN {
        m = split(ENVIRON["HL_IN"], v, ",")
        for (i = 1; i <= N; i++) {
            x = (m == 1) ? v[1] : v[i]
            if (x !~ /^[0-9]+$/) x = d
            printf "%s%s", (i > 1 ? "," : ""), x
        }
    }'
}

# rt_seq_names PREFIX FIRST NODES: "PREFIX-FIRST,...": pod hostnames.
rt_seq_names() {
    awk -v p="$1" -v f="$2" -v N="$3" 'BEGIN { for (i = 0; i < N; i++) printf "%s%s-%d", (i ? "," : ""), p, f + i }'
}

# --- where this pod stands: backend, component, node index, array position --

rt_backend=${SLURMC_BACKEND:-}
if [ -z "$rt_backend" ]; then
    if [ -n "${SKYPILOT_NODE_RANK:-}" ]; then rt_backend=skypilot
    elif [ -n "${VC_TASK_INDEX:-}${VK_TASK_INDEX:-}" ]; then rt_backend=volcano
    else rt_backend=job
    fi
fi
rt_host=$(uname -n 2>/dev/null) || rt_host=
rt_host=${rt_host:-${HOSTNAME:-localhost}}
rt_host=${rt_host%%.*}

rt_het=$(rt_num "${SLURMC_HET_SIZE:-}" 1)
[ "$rt_het" -ge 1 ] || rt_het=1
rt_group=$(rt_num "${SLURMC_HET_GROUP:-}" 0)
[ "$rt_group" -lt "$rt_het" ] || rt_die "SLURMC_HET_GROUP=$rt_group but the job has $rt_het components"
rt_ids=${SLURMC_ARRAY_TASK_IDS:-}
[ "$rt_het" -eq 1 ] || rt_ids=

rt_nn=$(rt_num "$(rt_fact "$rt_group" NNODES)" "")
[ "$rt_backend" = skypilot ] && [ -z "$rt_nn" ] && rt_nn=$(rt_num "${SKYPILOT_NUM_NODES:-}" "")
[ "${rt_nn:-0}" -ge 1 ] || rt_nn=1

case $rt_backend in
skypilot) rt_k=$(rt_num "${SKYPILOT_NODE_RANK:-}" 0) ;;
volcano) rt_k=$(rt_num "${VC_TASK_INDEX:-${VK_TASK_INDEX:-}}" 0) ;;
*) rt_k=$(rt_num "${JOB_COMPLETION_INDEX:-}" 0) ;;
esac
# A Job or Volcano task folds an array into its indexes: index k is array
# position k / nodes, node k % nodes.  A JobSet has one child Job per array
# task (its job-index label), and SkyPilot one task per array index
# (SLURMC_ARRAY_POS).
rt_js=${rt_host%-"$rt_k"}
case $rt_backend in
job | volcano)
    if [ -n "$rt_ids" ]; then rt_pos=$((rt_k / rt_nn)) rt_gnode=$((rt_k % rt_nn))
    else rt_pos=0 rt_gnode=$rt_k
    fi ;;
jobset)
    rt_gnode=$rt_k
    rt_pos=$(rt_num "${SLURMC_JOBSET_JOB_INDEX:-}" "")
    [ -n "$rt_pos" ] || rt_pos=$(rt_num "${rt_js##*-}" 0) ;;
*) rt_pos=0 rt_gnode=$rt_k ;;
esac
rt_pos=$(rt_num "${SLURMC_ARRAY_POS:-}" "$rt_pos")
[ "$rt_gnode" -lt "$rt_nn" ] || rt_die "node index $rt_gnode is outside the $rt_nn nodes of the job"

# rt_comp_names K NODES: the node names of component K: the short pod
# hostnames (SkyPilot: the nodes' IPs), in index order.  A prefix may end in
# "-" or not: names are PREFIX-INDEX either way.
rt_comp_names() {
    _cp=$(rt_fact "$1" HOST_PREFIX)
    _cp=${_cp%-}
    if [ "$rt_het" -gt 1 ]; then
        [ -n "$_cp" ] || { [ "$1" -eq "$rt_group" ] && _cp=$rt_js; }
        [ -n "$_cp" ] || rt_die "no SLURMC_HET_$1_HOST_PREFIX: cannot name the nodes of het group $1"
        rt_seq_names "$_cp" 0 "$2"
        return
    fi
    case $rt_backend in
    skypilot)
        _cn=$(printf '%s\n' "${SKYPILOT_NODE_IPS:-}" | awk 'NF { printf "%s%s", (n++ ? "," : ""), $1 }')
        printf '%s\n' "${_cn:-$rt_host}" ;;
    jobset)
        if [ -n "$_cp" ]; then rt_seq_names "$_cp-$rt_pos" 0 "$2"
        else rt_seq_names "$rt_js" 0 "$2"
        fi ;;
    *)
        if [ -z "$_cp" ] && [ "$rt_host" != "$rt_js" ]; then _cp=$rt_js; fi
        if [ -n "$_cp" ]; then rt_seq_names "$_cp" $((rt_pos * $2)) "$2"
        elif [ "$2" -eq 1 ]; then printf '%s\n' "$rt_host"
        else rt_die "cannot name the job's nodes: no SLURMC_HOST_PREFIX, and the hostname $rt_host has no index"
        fi ;;
    esac
}

# --- ids -----------------------------------------------------------------------

# One number per job, the same on every pod: a hash of the Job's uid (djb2,
# in awk, as cksum is missing from some images), between 10000 and 50009999
# so that an array's ids stay below Slurm's 67043328.  An array is numbered
# as Slurm numbers one: the last task keeps the array's id, the others take
# the ids after it.  Het group K is id + K.
rt_uid=${SLURMC_JOB_UID:-}
# SkyPilot runs an array as a chain of tasks, sky-<launch time>_<...>: the
# launch time is what they share.
[ -n "$rt_uid" ] || { [ -n "$rt_ids" ] && rt_uid=${SKYPILOT_TASK_ID%%_*}; }
[ -n "$rt_uid" ] || rt_uid=${SKYPILOT_TASK_ID:-}
[ -n "$rt_uid" ] || rt_uid="${SLURMC_JOB_NAME:-}/${SLURMC_HOST_PREFIX:-$rt_js}"
rt_crc=$(HL_IN=$rt_uid awk 'BEGIN {
    for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i
    s = ENVIRON["HL_IN"]; h = 5381
    for (i = 1; i <= length(s); i++) h = (h * 33 + ord[substr(s, i, 1)]) % 4294967296
    printf "%d\n", h % 50000000 }')
rt_base=$((10000 + $(rt_num "$rt_crc" 0)))
rt_jobid=$rt_base
if [ -n "$rt_ids" ]; then
    # The task id at this position, and what Slurm derives from the ids:
    # ITEMS are ids or ranges "a-b" / "a-b:step", so that big arrays stay small.
    read -r rt_taskid rt_amin rt_amax rt_astep rt_acount <<EOF
$(HL_IN=$rt_ids awk -v pos="$rt_pos" 'BEGIN {
    n = split(ENVIRON["HL_IN"], item, ","); k = 0; id = ""; st = 0; prev = ""
    for (i = 1; i <= n; i++) {
        lo = hi = item[i] + 0; s = 1
        if (split(item[i], r, /[-:]/) >= 2) { lo = r[1] + 0; hi = r[2] + 0; if (r[3] != "") s = r[3] + 0 }
        if (s < 1) s = 1
        if (hi < lo) hi = lo
        c = int((hi - lo) / s) + 1; hi = lo + (c - 1) * s
        if (pos >= k && pos < k + c) id = lo + (pos - k) * s
        if (k == 0 || lo < mn) mn = lo
        if (k == 0 || hi > mx) mx = hi
        # one common gap between consecutive ids, else 1
        if (prev != "") { g = lo - prev; if (st == 0) st = g; else if (g != st) st = -1 }
        if (c > 1) { if (st == 0) st = s; else if (s != st) st = -1 }
        prev = hi; k += c
    }
    print (id == "" ? "-" : id), mn, mx, (st > 0 ? st : 1), k }')
EOF
    [ "$rt_taskid" != - ] || rt_die "array position $rt_pos is outside \"$rt_ids\""
    [ "$rt_pos" -eq $((rt_acount - 1)) ] || rt_jobid=$((rt_base + 1 + rt_pos))
fi

# --- the components: layout, written down for srun and scontrol ----------------

rt_run=
for rt_d in "${TMPDIR:-/tmp}" /tmp /dev/shm "${HOME:-}" "$(pwd)"; do
    [ -n "$rt_d" ] && [ -d "$rt_d" ] && [ -w "$rt_d" ] || continue
    rt_run=$(mktemp -d "$rt_d/slurmc.XXXXXX" 2>/dev/null) ||
        { rt_run=$rt_d/slurmc.$$ && mkdir -m 700 "$rt_run" 2>/dev/null; } || { rt_run=; continue; }
    mkdir "$rt_run/bin" "$rt_run/steps" "$rt_run/comp" || { rt_run=; continue; }
    for rt_tool in srun scontrol; do
        printf '#!/bin/sh\nexec /bin/sh %s %s "$@"\n' "$(rt_q "$rt_lib/$rt_tool.sh")" "$(rt_q "$rt_run")" \
            >"$rt_run/bin/$rt_tool" && chmod 755 "$rt_run/bin/$rt_tool"
    done
    # A noexec mount cannot hold the shims: try the next place.
    "$rt_run/bin/scontrol" --slurmc-probe 2>/dev/null && break
    rm -rf "$rt_run"
    rt_run=
done
[ -n "$rt_run" ] || rt_die "no writable, executable directory for srun and scontrol (tried \$TMPDIR, /tmp, /dev/shm, \$HOME, .)"

# rt_component K: the layout of component K into c_* and comp/K.env.
rt_component() {
    c_nn=$(rt_num "$(rt_fact "$1" NNODES)" "")
    [ "$1" -eq "$rt_group" ] && c_nn=$rt_nn
    [ "${c_nn:-0}" -ge 1 ] || c_nn=1
    c_names=$(rt_comp_names "$1" "$c_nn") || exit 127
    c_cpt=$(rt_num "$(rt_fact "$1" CPUS_PER_TASK)" "")
    c_ntpn=$(rt_num "$(rt_fact "$1" NTASKS_PER_NODE)" "")
    c_ntasks=$(rt_num "$(rt_fact "$1" NTASKS)" "")
    _l=$(rt_fact "$1" TASKS_PER_NODE_LIST)
    if [ -n "$_l" ]; then c_tpn=$(rt_pernode "$_l" 1 "$c_nn")
    elif [ -n "$c_ntpn" ]; then c_tpn=$(rt_pernode "$c_ntpn" 1 "$c_nn")
    elif [ -n "$c_ntasks" ]; then
        # No list from the compiler: spread the tasks as evenly as possible.
        c_tpn=$(awk -v n="$c_ntasks" -v N="$c_nn" 'BEGIN {
            for (i = 0; i < N; i++) printf "%s%d", (i ? "," : ""), int(n / N) + (i < n % N) }')
    else c_tpn=$(rt_pernode 1 1 "$c_nn")
    fi
    _l=$(rt_fact "$1" CPUS_ON_NODE_LIST)
    if [ -n "$_l" ]; then c_cpus=$(rt_pernode "$_l" "${c_cpt:-1}" "$c_nn")
    else
        c_cpus=$(HL_IN=$c_tpn awk -v c="${c_cpt:-1}" 'BEGIN {
            n = split(ENVIRON["HL_IN"], t, ","); for (i = 1; i <= n; i++) printf "%s%d", (i > 1 ? "," : ""), t[i] * c }')
    fi
    _l=$(rt_fact "$1" GPUS_ON_NODE)
    c_gpus=
    [ -n "$_l" ] && c_gpus=$(rt_pernode "$_l" 0 "$c_nn")
    # A step gets the job's GPUs only when the job asked for GPUs: --exclusive
    # alone gives the batch step the node's GPUs, but not its steps.
    c_gpureq=0
    _e=$(rt_fact "$1" EXCLUSIVE)
    case $_e in '' | 0) _e= ;; esac
    [ -n "$(rt_fact "$1" GPUS)$(rt_fact "$1" GPUS_PER_NODE)$(rt_fact "$1" GPUS_PER_TASK)" ] && c_gpureq=1
    case $(rt_fact "$1" GRES) in *gpu*) c_gpureq=1 ;; '') [ -n "$c_gpus" ] && [ -z "$_e" ] && c_gpureq=1 ;; esac
    c_name=$(rt_fact "$1" JOB_NAME)
    [ -n "$c_name" ] || c_name=${SLURMC_JOB_NAME:-script}
    c_part=$(rt_fact "$1" PARTITION)
    [ -n "$c_part" ] || c_part=${SLURMC_PARTITION:-$rt_backend}
    c_jobid=$((rt_jobid + $1))
    {
        printf 'c_names=%s\n' "$(rt_q "$c_names")"
        printf 'c_nn=%s c_tpn=%s c_cpus=%s c_gpus=%s c_gpureq=%s\n' "$c_nn" "$c_tpn" "$c_cpus" "$c_gpus" "$c_gpureq"
        printf 'c_ntasks=%s c_cpt=%s c_ntpn=%s c_jobid=%s\n' "$c_ntasks" "$c_cpt" "$c_ntpn" "$c_jobid"
        printf 'c_name=%s\n' "$(rt_q "$c_name")"
        printf 'c_part=%s\n' "$(rt_q "$c_part")"
    } >"$rt_run/comp/$1.env" || rt_die "cannot write $rt_run/comp/$1.env"
}

# Every component, the het job's union of nodes, and this node's place.
rt_all_names= rt_all_cpus= rt_node=
rt_i=0
while [ "$rt_i" -lt "$rt_het" ]; do
    rt_component "$rt_i"
    if [ "$rt_i" -eq "$rt_group" ]; then
        rt_me=$(rt_nth "$c_names" "$rt_gnode")
        rt_node=$(($(printf '%s\n' "$rt_all_names" | awk -F, '{ print NF }') + rt_gnode))
        rt_mycpus=$(rt_nth "$c_cpus" "$rt_gnode")
        rt_mygpus=$(rt_nth "$c_gpus" "$rt_gnode" 2>/dev/null) || rt_mygpus=
    fi
    rt_all_names=$rt_all_names${rt_all_names:+,}$c_names
    rt_all_cpus=$rt_all_cpus${rt_all_cpus:+,}$c_cpus
    rt_i=$((rt_i + 1))
done
# The batch step is component 0's, wherever the script runs.
. "$rt_run/comp/0.env"

# --- the batch step's environment ----------------------------------------------

rt_export() { export "$1=$2"; }
rt_export_if() { [ -n "$2" ] && export "$1=$2"; return 0; }

rt_nodelist=$(hl_compress "$c_names")
rt_cluster=${SLURMC_CLUSTER_NAME:-kubernetes}
rt_ip=${SLURMC_POD_IP:-}
[ "$rt_backend" = skypilot ] && [ -z "$rt_ip" ] && rt_ip=$rt_me
[ -n "$rt_ip" ] || rt_ip=$(awk -v h="$rt_host" '!/^[ \t]*#/ { for (i = 2; i <= NF; i++) if ($i == h) { print $1; exit } }' /etc/hosts 2>/dev/null)
rt_ip=${rt_ip:-127.0.0.1}
rt_uidn=$(id -u 2>/dev/null) || rt_uidn=0
rt_gidn=$(id -g 2>/dev/null) || rt_gidn=0
rt_user=$(id -un 2>/dev/null) || rt_user=
rt_user=${rt_user:-${USER:-$rt_uidn}}

rt_export ENVIRONMENT BATCH
rt_export HOSTNAME "$rt_me"
rt_export SLURMD_NODENAME "$rt_me"
rt_export SLURM_CLUSTER_NAME "$rt_cluster"
rt_export SLURM_JOB_ID "$rt_jobid"
rt_export SLURM_JOBID "$rt_jobid"
rt_export SLURM_JOB_NAME "$c_name"
rt_export SLURM_JOB_NODELIST "$rt_nodelist"
rt_export SLURM_NODELIST "$rt_nodelist"
rt_export SLURM_JOB_NUM_NODES "$c_nn"
rt_export SLURM_NNODES "$c_nn"
rt_export SLURM_JOB_CPUS_PER_NODE "$(rt_reps "$c_cpus")"
rt_export SLURM_CPUS_ON_NODE "$rt_mycpus"
rt_export SLURM_TASKS_PER_NODE "$(rt_reps "$c_tpn")"
rt_export SLURM_JOB_PARTITION "$c_part"
rt_export SLURM_JOB_UID "$rt_uidn"
rt_export SLURM_JOB_GID "$rt_gidn"
rt_export SLURM_JOB_USER "$rt_user"
rt_export SLURM_SUBMIT_DIR "${SLURMC_SUBMIT_DIR:-$(pwd)}"
rt_export SLURM_SUBMIT_HOST "${SLURMC_SUBMIT_HOST:-${c_names%%,*}}"
rt_export SLURM_NODEID "$rt_node"
rt_export SLURM_PROCID 0
rt_export SLURM_LOCALID 0
rt_export SLURM_GTIDS 0
rt_export SLURM_TASK_PID $$
rt_export SLURM_PRIO_PROCESS 0
rt_export SLURM_TOPOLOGY_ADDR "$rt_me"
rt_export SLURM_TOPOLOGY_ADDR_PATTERN node
rt_export SLURM_NODE_ALIASES '(null)'
rt_export SLURM_WORKING_CLUSTER "$rt_cluster:${c_names%%,*}:6817:9728:109"
rt_export TMPDIR "${TMPDIR:-/tmp}"
if [ -n "$c_ntasks" ]; then
    rt_export SLURM_NTASKS "$c_ntasks"
    rt_export SLURM_NPROCS "$c_ntasks"
fi
rt_export_if SLURM_NTASKS_PER_NODE "$c_ntpn"
rt_export_if SLURM_CPUS_PER_TASK "$c_cpt"
rt_export_if SLURM_MEM_PER_NODE "$(rt_num "${SLURMC_MEM_PER_NODE:-}" "")"
rt_export_if SLURM_MEM_PER_CPU "$(rt_num "${SLURMC_MEM_PER_CPU:-}" "")"
rt_export_if SLURM_MEM_PER_GPU "$(rt_num "${SLURMC_MEM_PER_GPU:-}" "")"
rt_export_if SLURM_JOB_ACCOUNT "${SLURMC_ACCOUNT:-}"
rt_export_if SLURM_JOB_QOS "${SLURMC_QOS:-}"
case ${SLURMC_OVERCOMMIT:-} in '' | 0) ;; *) rt_export SLURM_OVERCOMMIT 1 ;; esac
rt_export_if SLURM_GPUS "${SLURMC_GPUS:-}"
rt_export_if SLURM_GPUS_PER_NODE "${SLURMC_GPUS_PER_NODE:-}"
rt_export_if SLURM_GPUS_PER_TASK "${SLURMC_GPUS_PER_TASK:-}"
rt_export_if SLURM_CPUS_PER_GPU "${SLURMC_CPUS_PER_GPU:-}"

# GPUs: the container sees its devices as 0..n-1, so these are exact there.
if [ "${rt_mygpus:-0}" -gt 0 ]; then
    rt_glist=$(awk -v n="$rt_mygpus" 'BEGIN { for (i = 0; i < n; i++) printf "%s%d", (i ? "," : ""), i }')
    rt_export SLURM_GPUS_ON_NODE "$rt_mygpus"
    rt_export SLURM_JOB_GPUS "$rt_glist"
    for rt_v in CUDA_VISIBLE_DEVICES GPU_DEVICE_ORDINAL ROCR_VISIBLE_DEVICES ZE_AFFINITY_MASK; do
        rt_export "$rt_v" "$rt_glist"
    done
fi

if [ -n "$rt_ids" ]; then
    rt_export SLURM_ARRAY_JOB_ID "$rt_base"
    rt_export SLURM_ARRAY_TASK_ID "$rt_taskid"
    rt_export SLURM_ARRAY_TASK_MIN "$(rt_num "${SLURMC_ARRAY_MIN:-}" "$rt_amin")"
    rt_export SLURM_ARRAY_TASK_MAX "$(rt_num "${SLURMC_ARRAY_MAX:-}" "$rt_amax")"
    rt_export SLURM_ARRAY_TASK_STEP "$(rt_num "${SLURMC_ARRAY_STEP:-}" "$rt_astep")"
    rt_export SLURM_ARRAY_TASK_COUNT "$(rt_num "${SLURMC_ARRAY_COUNT:-}" "$rt_acount")"
fi

# A het job: every group described under its new and its old (PACK) name.
if [ "$rt_het" -gt 1 ]; then
    rt_export SLURM_HET_SIZE "$rt_het"
    rt_export SLURM_PACK_SIZE "$rt_het"
    rt_i=0
    while [ "$rt_i" -lt "$rt_het" ]; do
        . "$rt_run/comp/$rt_i.env"
        [ -n "$c_ntasks" ] || c_ntasks=$(HL_IN=$c_tpn awk 'BEGIN { n = split(ENVIRON["HL_IN"], v, ","); for (i = 1; i <= n; i++) s += v[i]; print s }')
        for rt_v in HET PACK; do
            rt_export "SLURM_JOB_ID_${rt_v}_GROUP_$rt_i" "$c_jobid"
            rt_export "SLURM_JOB_NAME_${rt_v}_GROUP_$rt_i" "$c_name"
            rt_export "SLURM_JOB_NODELIST_${rt_v}_GROUP_$rt_i" "$(hl_compress "$c_names")"
            rt_export "SLURM_JOB_NUM_NODES_${rt_v}_GROUP_$rt_i" "$c_nn"
            rt_export "SLURM_JOB_PARTITION_${rt_v}_GROUP_$rt_i" "$c_part"
            rt_export "SLURM_JOB_CPUS_PER_NODE_${rt_v}_GROUP_$rt_i" "$(rt_reps "$c_cpus")"
            rt_export "SLURM_NTASKS_${rt_v}_GROUP_$rt_i" "$c_ntasks"
            rt_export "SLURM_NPROCS_${rt_v}_GROUP_$rt_i" "$c_ntasks"
            rt_export "SLURM_TASKS_PER_NODE_${rt_v}_GROUP_$rt_i" "$(rt_reps "$c_tpn")"
        done
        rt_i=$((rt_i + 1))
    done
fi

# --export: anything but ALL is recorded for srun (which reads it, as Slurm's
# does); NONE or a list without ALL also means --get-user-env.  The script
# runs in the image's environment, which stands in for the login environment.
# NAME=VALUE items are set here; NAME items name the submission environment,
# which a pod does not have.
rt_exp=${SLURMC_EXPORT:-}
case $rt_exp in '' | [Aa][Ll][Ll]) rt_exp= ;; esac
if [ -n "$rt_exp" ]; then
    rt_export SLURM_EXPORT_ENV "$rt_exp"
    case ,$rt_exp, in *,[Aa][Ll][Ll],* | *,[Nn][Ii][Ll],*) ;; *) rt_export SLURM_GET_USER_ENV 1 ;; esac
    rt_rest=$rt_exp,
    while [ -n "$rt_rest" ]; do
        rt_item=${rt_rest%%,*} rt_rest=${rt_rest#*,}
        case $rt_item in
        [A-Za-z_]*=*)
            case ${rt_item%%=*} in *[!A-Za-z0-9_]*) ;; *) export "$rt_item" ;; esac ;;
        esac
    done
fi

printf '# written by slurmc: this job runs on %s, not under Slurm\nClusterName=%s\n' \
    "$rt_backend" "$rt_cluster" >"$rt_run/slurm.conf"
rt_export SLURM_CONF "$rt_run/slurm.conf"

# What srun and scontrol need that a script may change in its environment.
rt_trace=0
case ${SLURMC_TRACE_ENV:-} in '' | 0) ;; *) rt_trace=1 ;; esac
{
    printf 'rt_lib=%s\n' "$(rt_q "$rt_lib")"
    printf 'rt_backend=%s\n' "$(rt_q "$rt_backend")"
    printf 'rt_het=%s rt_group=%s rt_gnode=%s rt_node=%s\n' "$rt_het" "$rt_group" "$rt_gnode" "$rt_node"
    printf 'rt_me=%s\n' "$(rt_q "$rt_me")"
    printf 'rt_all_names=%s\n' "$(rt_q "$rt_all_names")"
    printf 'rt_all_cpus=%s\n' "$rt_all_cpus"
    printf 'rt_jobid=%s\n' "$rt_jobid"
    printf 'rt_ip=%s\n' "$(rt_q "$rt_ip")"
    printf 'rt_trace=%s\n' "$rt_trace"
    printf 'rt_awk=%s\n' "$(rt_q "$(command -v awk)")"
    printf 'rt_time_limit=%s\n' "$(rt_q "${SLURMC_TIME_LIMIT:-}")"
} >"$rt_run/job.env" || rt_die "cannot write $rt_run/job.env"
rt_export PATH "$rt_run/bin${PATH:+:$PATH}"

# The SLURMC_* facts are consumed: the script sees Slurm's variables only.
for rt_v in $(awk 'BEGIN { for (k in ENVIRON) if (k ~ /^SLURMC_[A-Za-z0-9_]*$/) print k }'); do
    unset "$rt_v"
done

# --- run the script by its own #! line, as the kernel would ------------------------

rt_script=$rt_lib/script
[ -r "$rt_script" ] || rt_die "no script at $rt_script"
rt_l1=
IFS= read -r rt_l1 <"$rt_script" || :
case $rt_l1 in
'#!'*)
    rt_sb=${rt_l1#??}
    rt_sb=${rt_sb#"${rt_sb%%[![:blank:]]*}"}
    rt_interp=${rt_sb%%[[:blank:]]*}
    rt_arg=${rt_sb#"$rt_interp"}
    rt_arg=${rt_arg#"${rt_arg%%[![:blank:]]*}"}
    rt_arg=${rt_arg%"${rt_arg##*[![:blank:]]}"} ;;
*) rt_interp= rt_arg= ;;
esac
[ -n "$rt_interp" ] || rt_interp=/bin/sh
[ -x "$rt_interp" ] || rt_die "the script's interpreter $rt_interp is not in this image (line 1: $rt_l1)"
if [ "$rt_trace" = 1 ]; then
    # Tasks trace to the container's output (fd 9), whatever srun -o says.
    exec 9>&1
    rt_trace_env batch
fi
# A login shell (`#!/bin/bash -l`) reads /etc/profile, which on most images
# sets PATH afresh and so hides the shims; bash still imports functions
# from the environment, so srun and scontrol come as functions there.
rt_login=
case ${rt_interp##*/}:$rt_arg in
bash:--login*) rt_login=1 ;;
bash:--*) ;;
bash:-*l*) rt_login=1 ;;
esac
if [ -n "$rt_login" ]; then
    exec env "BASH_FUNC_srun%%=() { $(rt_q "$rt_run/bin/srun") \"\$@\"; }" \
        "BASH_FUNC_scontrol%%=() { $(rt_q "$rt_run/bin/scontrol") \"\$@\"; }" \
        "$rt_interp" "$rt_arg" "$rt_script" "$@" </dev/null
fi
if [ -n "$rt_arg" ]; then
    exec "$rt_interp" "$rt_arg" "$rt_script" "$@" </dev/null
fi
exec "$rt_interp" "$rt_script" "$@" </dev/null
