# scontrol.sh: the part of `scontrol` a batch script uses, inside a compiled
# job.  The shim on PATH runs
#
#     /bin/sh scontrol.sh RUNDIR [-o] [-d] show hostnames [LIST]
#     /bin/sh scontrol.sh RUNDIR show hostlist|hostlistsorted LIST
#     /bin/sh scontrol.sh RUNDIR [-o] show job [JOBID]
#
# Anything else has no controller to talk to: it fails with a message.

rt_run=$1
shift
[ "${1:-}" = --slurmc-probe ] && exit 0
. "$rt_run/job.env"
. "$rt_run/comp/0.env"
. "$rt_lib/lib.sh"

sc_one=0
while [ $# -gt 0 ]; do
    case $1 in
    -o | --oneliner) sc_one=1 ;;
    -d | --details | -Q | --quiet | -a | --all | -v | --verbose) ;;
    -V | --version) echo "slurm 22.05.8"; exit 0 ;;
    -M* | --clusters=*) ;;
    --) shift; break ;;
    -*) printf 'scontrol: unrecognized option %s (slurmc: skipped)\n' "$1" >&2 ;;
    *) break ;;
    esac
    shift
done

sc_unsupported() {
    printf 'scontrol: error: "%s" needs a Slurm controller; slurmc'"'"'s runtime only has "show hostnames", "show hostlist" and "show job"\n' "$*" >&2
    exit 1
}

# sc_sorted LIST: the names of LIST sorted by prefix, then by number.
sc_sorted() {
    hl_expand "$1" | awk '{
        name[NR] = $0; p = $0; v = -1
        if (match($0, /[0-9]+$/)) { p = substr($0, 1, RSTART - 1); v = substr($0, RSTART) + 0 }
        pre[NR] = p; num[NR] = v
    } END {
        for (i = 2; i <= NR; i++)
            for (j = i; j > 1 && (pre[j - 1] > pre[j] || (pre[j - 1] == pre[j] && num[j - 1] > num[j])); j--) {
                t = name[j]; name[j] = name[j - 1]; name[j - 1] = t
                t = pre[j]; pre[j] = pre[j - 1]; pre[j - 1] = t
                t = num[j]; num[j] = num[j - 1]; num[j - 1] = t
            }
        for (i = 1; i <= NR; i++) print name[i]
    }'
}

sc_job() {
    _id=${1:-$rt_jobid}
    _id=${_id%%.*}
    case $_id in
    "$rt_jobid" | "${SLURM_ARRAY_JOB_ID:-x}_${SLURM_ARRAY_TASK_ID:-x}") ;;
    *) echo "slurm_load_jobs error: Invalid job id specified" >&2; exit 1 ;;
    esac
    _gname=$(id -gn 2>/dev/null) || _gname=${SLURM_JOB_GID:-0}
    _ntasks=${SLURM_NTASKS:-$(HL_IN=$c_tpn awk 'BEGIN { n = split(ENVIRON["HL_IN"], v, ","); for (i = 1; i <= n; i++) s += v[i]; print s }')}
    _ncpus=$(HL_IN=$c_cpus awk 'BEGIN { n = split(ENVIRON["HL_IN"], v, ","); for (i = 1; i <= n; i++) s += v[i]; print s }')
    _array=
    [ -n "${SLURM_ARRAY_JOB_ID:-}" ] && _array=" ArrayJobId=$SLURM_ARRAY_JOB_ID ArrayTaskId=$SLURM_ARRAY_TASK_ID"
    {
        printf 'JobId=%s%s JobName=%s\n' "$rt_jobid" "$_array" "${SLURM_JOB_NAME:-}"
        printf 'UserId=%s(%s) GroupId=%s(%s) MCS_label=N/A\n' "${SLURM_JOB_USER:-}" "${SLURM_JOB_UID:-}" "$_gname" "${SLURM_JOB_GID:-}"
        printf 'Priority=1 Nice=0 Account=%s QOS=%s\n' "${SLURM_JOB_ACCOUNT:-(null)}" "${SLURM_JOB_QOS:-(null)}"
        printf 'JobState=RUNNING Reason=None Dependency=(null)\n'
        printf 'Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=0:0\n'
        printf 'TimeLimit=%s TimeMin=N/A\n' "${rt_time_limit:-UNLIMITED}"
        printf 'Partition=%s AllocNode:Sid=%s:%s\n' "${SLURM_JOB_PARTITION:-}" "${SLURM_SUBMIT_HOST:-}" 0
        printf 'ReqNodeList=(null) ExcNodeList=(null)\n'
        printf 'NodeList=%s\n' "$(hl_compress "$c_names")"
        printf 'BatchHost=%s\n' "${c_names%%,*}"
        printf 'NumNodes=%s NumCPUs=%s NumTasks=%s CPUs/Task=%s ReqB:S:C:T=0:0:*:*\n' \
            "$c_nn" "$_ncpus" "$_ntasks" "${SLURM_CPUS_PER_TASK:-1}"
        printf 'TRES=cpu=%s,node=%s,billing=%s\n' "$_ncpus" "$c_nn" "$_ncpus"
        printf 'Command=%s\n' "$rt_lib/script"
        printf 'WorkDir=%s\n' "$(pwd)"
        printf 'StdIn=/dev/null\n'
    } | if [ "$sc_one" = 1 ]; then
        awk '{ printf "%s%s", (NR > 1 ? " " : ""), $0 } END { print "" }'
    else
        awk 'NR == 1 { print; next } { print "   " $0 } END { print "   " }'
    fi
}

sc_verb=${1:-}
[ $# -gt 0 ] && shift
case $sc_verb in
s | sh | sho | show) ;;
'') echo "scontrol: no command given (slurmc's runtime has no interactive mode)" >&2; exit 1 ;;
*) sc_unsupported "$sc_verb $*" ;;
esac
sc_what=${1:-}
[ $# -gt 0 ] && shift
case $sc_what in
hostname | hostnames)
    hl_expand "${1-${SLURM_JOB_NODELIST:-$(hl_compress "$c_names")}}" ;;
hostlist)
    [ $# -gt 0 ] || { echo "scontrol: error: show hostlist needs a list of host names" >&2; exit 1; }
    hl_compress "$(hl_expand "$1")" ;;
hostlistsorted)
    [ $# -gt 0 ] || { echo "scontrol: error: show hostlistsorted needs a list of host names" >&2; exit 1; }
    hl_compress "$(sc_sorted "$1")" ;;
job | jobs | jobid)
    sc_job "${1:-}" ;;
*) sc_unsupported "show $sc_what $*" ;;
esac
