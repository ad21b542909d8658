# The runtime library (stdlib/runtime): what a compiled job sees at run time.
#
#  1. lib.sh's list functions, in plain sh.
#  2. Local "pods" (tests/runtime/localpod.sh: entry.sh run as plain
#     processes, one per node): step layouts, exit statuses, srun's
#     messages, --export and a het job, each against what real Slurm 22.05
#     printed for the same script (tests/runtime/*.expected, recorded with
#     slurm-oracle run mode); then srun's options, files, labels, parallel
#     steps, GPUs, arrays, scontrol, the #! line and hostile values.  The
#     oracle cases run again with bash, and busybox (sh, awk, sed...), as
#     /bin/sh.
#  3. Real pods under ../shared/podsim (root only), from the manifests
#     tests/runtime/mkjob.sh writes: a 4-node x 8-task job, an array with
#     steps and a throttle on every backend, exit statuses, a hostile job
#     name, and compare-run over the oracle's run cases.
RT_DIR=$ROOT/tests/runtime
# Work files live outside the shared tree (another checkout's `make check`
# may empty tests/out meanwhile); kept only when something failed.
RT_OUT=$(mktemp -d "${TMPDIR:-/tmp}/slurmc-runtime.XXXXXX")
RT_FAILED0=$FAILED

# rt_expect NAME GOT WANT: pass when GOT = WANT, else fail showing both.
rt_expect() {
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got:  $2
want: $3"; fi
}

# rt_same NAME FILE_GOT FILE_WANT: pass when the files are the same.
rt_same() {
	if diff -u "$3" "$2" >"$2.diff" 2>&1; then pass "$1"; else fail "$1" "$(head -30 "$2.diff")"; fi
}

# --- 1. lib.sh ---------------------------------------------------------------

rt_lib() { # NAME FUNCTION ARG WANT (output lines joined by spaces)
	got=$( (. "$ROOT/stdlib/runtime/lib.sh" && "$2" "$3") 2>&1 | tr '\n' ' ' | sed 's/ $//')
	rt_expect "runtime/lib/$1" "$got" "$4"
}
rt_lib expand-ranges hl_expand 'r[1-3],x[01-02,4],r5' 'r1 r2 r3 x01 x02 x4 r5'
rt_lib expand-padding hl_expand 'n[098-101]' 'n098 n099 n100 n101'
rt_lib expand-widen hl_expand 'x[8-10]' 'x8 x9 x10'
rt_lib expand-suffix hl_expand 'y[9-10]z,plain' 'y9z y10z plain'
rt_lib expand-product hl_expand 'a[1-2]-[3-4]' 'a1-3 a1-4 a2-3 a2-4'
rt_lib expand-ip hl_expand '10.0.0.[1-2]' '10.0.0.1 10.0.0.2'
rt_lib expand-single hl_expand 'train-0' 'train-0'
rt_lib compress-oracle hl_compress 'r1,r2,r3,x01,x02,x4,r5' 'r[1-3],x[01-02,4],r5'
rt_lib compress-gap hl_compress 'train-0,train-1,train-4' 'train-[0-1,4]'
rt_lib compress-one hl_compress 'train-0' 'train-0'
rt_lib compress-widths hl_compress 'x9,x10,x1,x02' 'x[9-10,1,02]'
rt_lib compress-plain hl_compress 'login,n1,n2' 'login,n[1-2]'
rt_lib compress-ip hl_compress '10.0.0.1,10.0.0.2' '10.0.0.[1-2]'
rt_lib reps rt_reps '4,4,1' '4(x2),1'
rt_lib reps-one rt_reps '3' '3'
rt_lib unreps rt_unreps '4(x2),1,2(x3)' '4,4,1,2,2,2'
rt_lib ranges rt_ranges '0,1,2,5,7,8' '0-2,5,7-8'
got=$( (. "$ROOT/stdlib/runtime/lib.sh" && rt_nth a,b,c 2 && { rt_nth a,b,c 3 || echo past; }) | tr '\n' ' ')
rt_expect runtime/lib/nth "$got" "c past "

# --- 2. local pods -------------------------------------------------------------

# The -N 2 -n 4 job of the oracle's cases: 3 CPUs on the first node, 1 on the
# second; pods named t-0 and t-1 (Slurm's r1 and r2).
RT_J24="SLURMC_NNODES=2 SLURMC_NTASKS=4 SLURMC_TASKS_PER_NODE_LIST=3,1 SLURMC_CPUS_ON_NODE_LIST=3,1 SLURMC_HOST_PREFIX=t SLURMC_JOB_UID=uid-1"

# rt_pods DIR SCRIPT COUNT VAR=VALUE...: run COUNT local pods; DIR/all holds
# every pod's stdout then stderr.
rt_pods() {
	_d=$1
	${RT_WRAP:-} sh "$RT_DIR/localpod.sh" "$@"
	: >"$_d/all"
	for _f in "$_d"/pod-*.out; do cat "$_f" "${_f%.out}.err" >>"$_d/all"; done
}

# The oracle cases: layout, exits, het (each with its recorded .expected).
rt_oracle_cases() { # LABEL (env: LOCALPOD_SH, LOCALPOD_PATH)
	d=$RT_OUT/$1-layout
	rt_pods "$d" "$RT_DIR/layout.sh" 2 $RT_J24
	jid=$(sed -n 's/.*Unable to create step for job \([0-9]*\):.*/\1/p' "$d/all" | head -1)
	sed "s/job ${jid:-x}:/job \${JOB_ID}:/" "$d/all" | LC_ALL=C sort -u >"$d/got"
	rt_same "runtime/$1/layout-vs-slurm" "$d/got" "$RT_DIR/layout.expected"

	# srun returns its own node's worst status: take the "R" lines of pod 0.
	d=$RT_OUT/$1-exits
	rt_pods "$d" "$RT_DIR/exits.sh" 2 $RT_J24
	{ cat "$d/pod-0.out" "$d/pod-0.err"; grep -v '^R[0-9]* rc=' "$d/pod-1.out"; cat "$d/pod-1.err"; } |
		sed "s/t-0/r1/g; s/t-1/r2/g; s/StepId=[0-9]*\./StepId=\${JOB_ID}./; s#T=$d/tmp#T=/tmp#; s#$d/\./#\${SUBMIT_DIR}/./#" |
		LC_ALL=C sort -u >"$d/got"
	rt_same "runtime/$1/exits-vs-slurm" "$d/got" "$RT_DIR/exits.expected"

	d=$RT_OUT/$1-het
	het="SLURMC_HET_SIZE=2 SLURMC_NNODES=1 SLURMC_NTASKS=1 SLURMC_TASKS_PER_NODE_LIST=1 SLURMC_CPUS_ON_NODE_LIST=1
	     SLURMC_HET_0_HOST_PREFIX=g0 SLURMC_HET_1_HOST_PREFIX=g1 SLURMC_HET_1_NNODES=2 SLURMC_HET_1_NTASKS=3
	     SLURMC_HET_1_TASKS_PER_NODE_LIST=2,1 SLURMC_HET_1_CPUS_ON_NODE_LIST=2,1 SLURMC_JOB_UID=uid-h"
	rt_pods "$d/g0" "$RT_DIR/het.sh" 1 $het SLURMC_HET_GROUP=0
	rt_pods "$d/g1" "$RT_DIR/het.sh" 2 $het SLURMC_HET_GROUP=1
	cat "$d/g0/all" "$d/g1/all" | sed 's/g0-0/r1/g; s/g1-0/r2/g; s/g1-1/r3/g' | LC_ALL=C sort -u >"$d/got"
	rt_same "runtime/$1/het-vs-slurm" "$d/got" "$RT_DIR/het.expected"
}
rt_oracle_cases dash

# The same with another /bin/sh: bash (in POSIX mode, as on RHEL images),
# and busybox with only its applets on PATH (as on Alpine).  The shell is
# bound over /bin/sh's target in a private mount namespace.
rt_other_shell() { # LABEL BINARY [PATHDIR]
	printf 'mount --bind %s "$(readlink -f /bin/sh)" || exit 2\nexec "$@"\n' "$2" >"$RT_OUT/$1-wrap.sh"
	RT_WRAP="unshare -m /bin/sh $RT_OUT/$1-wrap.sh"
	LOCALPOD_PATH=${3:-$PATH}
	export LOCALPOD_PATH
	rt_oracle_cases "$1"
	# (Proof: the script's shell is that binary.)
	printf '#!/bin/sh\ncmp -s /proc/$$/exe %s && echo same\n' "$2" >"$RT_OUT/$1-which.sh"
	rt_pods "$RT_OUT/$1-which" "$RT_OUT/$1-which.sh" 1
	rt_expect "runtime/$1/is-$1" "$(cat "$RT_OUT/$1-which/pod-0.out")" same
	RT_WRAP=
	unset LOCALPOD_PATH
}
if ! command -v unshare >/dev/null || [ "$(id -u)" != 0 ]; then
	skip runtime/other-shells "needs unshare and root"
else
	if command -v busybox >/dev/null; then
		bb=$RT_OUT/busybox-bin
		mkdir -p "$bb"
		for a in $(busybox --list); do ln -sf "$(command -v busybox)" "$bb/$a"; done
		rt_other_shell busybox "$(command -v busybox)" "$bb"
	else
		skip runtime/busybox "no busybox here"
	fi
	if [ -x /bin/bash ] && [ "$(readlink -f /bin/sh)" != "$(readlink -f /bin/bash)" ]; then
		rt_other_shell bash "$(readlink -f /bin/bash)"
	else
		skip runtime/bash "no bash, or bash is /bin/sh already"
	fi
fi

# srun's option forms, and unknown options.
cat >"$RT_OUT/opts.sh" <<'EOF'
#!/bin/sh
t='echo "$SLURM_STEP_ID:$SLURM_NTASKS:$SLURM_NNODES:$SLURM_PROCID"'
srun -n4 sh -c "$t"
srun --ntasks 2 --nodes=1 sh -c "$t"
srun --ntasks=1 --cpus-per-t=1 --mpi=pmix --cpu-bind=cores sh -c "$t"
srun --ntask=1 true
srun -lN1 -n1 sh -c "$t"
srun --frobnicate -n 1 -- sh -c "$t"
srun -n 1 -A acct -p part --exclusive sh -c "$t"
srun
echo "empty rc=$?"
srun --ntasks
echo "missing rc=$?"
EOF
d=$RT_OUT/opts
rt_pods "$d" "$RT_OUT/opts.sh" 1 SLURMC_NNODES=1 SLURMC_NTASKS=4 SLURMC_TASKS_PER_NODE_LIST=4 SLURMC_CPUS_ON_NODE_LIST=4 SLURMC_HOST_PREFIX=o
rt_expect runtime/srun/option-forms "$(LC_ALL=C sort "$d/pod-0.out" | tr '\n' ' ')" \
	"0: 3:1:1:0 0:4:1:0 0:4:1:1 0:4:1:2 0:4:1:3 1:2:1:0 1:2:1:1 2:1:1:0 4:1:1:0 5:1:1:0 empty rc=1 missing rc=1 "
rt_expect runtime/srun/unknown-option "$(grep -c "unrecognized option '--frobnicate' (slurmc: skipped)" "$d/pod-0.err")" 1
rt_expect runtime/srun/ambiguous-option "$(grep -c "option '--ntask' is ambiguous" "$d/pod-0.err")" 1

# Labels: padded to the widest task id, as Slurm pads them.
printf '#!/bin/sh\nsrun -l sh -c '"'"'echo "x$SLURM_PROCID"; echo "e$SLURM_PROCID" >&2'"'"'\n' >"$RT_OUT/label.sh"
d=$RT_OUT/label
rt_pods "$d" "$RT_OUT/label.sh" 1 SLURMC_NTASKS=12 SLURMC_TASKS_PER_NODE_LIST=12 SLURMC_CPUS_ON_NODE_LIST=12 SLURMC_HOST_PREFIX=l
rt_expect runtime/srun/label-stdout "$(grep -c '^ [0-9]: x[0-9]$\|^1[01]: x1[01]$' "$d/pod-0.out")" 12
rt_expect runtime/srun/label-stderr "$(grep -c '^ [0-9]: e[0-9]$\|^1[01]: e1[01]$' "$d/pod-0.err")" 12

# -o/-e patterns: one file per task with %t, one shared file truncated once.
cat >"$RT_OUT/files.sh" <<'EOF'
#!/bin/sh
mkdir "$HOME/files" && cd "$HOME/files" || exit 1
echo stale >one_1.txt
srun -n 3 -o 'o_%t_%2s_%N_%n_%%.txt' sh -c 'echo "out $SLURM_PROCID"; echo "err $SLURM_PROCID" >&2'
srun -n 3 -o 'one_%s.txt' sh -c 'echo "line $SLURM_PROCID"'
srun -n 2 -o 'sep_%t.out' -e 'sep_%t.err' sh -c 'echo o; echo e >&2'
srun -n 1 -o none sh -c 'echo hidden'
ls *.txt *.out *.err | tr '\n' ' '
EOF
d=$RT_OUT/files
rt_pods "$d" "$RT_OUT/files.sh" 1 SLURMC_NTASKS=3 SLURMC_TASKS_PER_NODE_LIST=3 SLURMC_CPUS_ON_NODE_LIST=3 SLURMC_HOST_PREFIX=f SLURMC_JOB_UID=u
rt_expect runtime/srun/output-files "$(cat "$d/pod-0.out")" \
	"o_0_00_f-0_0_%.txt o_1_00_f-0_0_%.txt o_2_00_f-0_0_%.txt one_1.txt sep_0.err sep_0.out sep_1.err sep_1.out "
rt_expect runtime/srun/output-per-task "$(cat "$d/files/o_1_00_f-0_0_%.txt")" "out 1
err 1"
rt_expect runtime/srun/output-shared "$(LC_ALL=C sort "$d/files/one_1.txt" | tr '\n' ' ')" "line 0 line 1 line 2 "
rt_expect runtime/srun/output-error-file "$(cat "$d/files/sep_1.out" "$d/files/sep_1.err" | tr '\n' ' ')" "o e "

# Steps started at the same time get distinct ids, and the next one follows.
cat >"$RT_OUT/parallel.sh" <<'EOF'
#!/bin/sh
for i in 1 2 3 4 5 6 7 8; do srun -n 1 sh -c 'echo "step $SLURM_STEP_ID"' & done
wait
srun -n 1 sh -c 'echo "after $SLURM_STEP_ID"'
EOF
d=$RT_OUT/parallel
rt_pods "$d" "$RT_OUT/parallel.sh" 1 SLURMC_HOST_PREFIX=p
rt_expect runtime/srun/parallel-step-ids "$(LC_ALL=C sort "$d/pod-0.out" | tr '\n' ' ')" \
	"after 8 step 0 step 1 step 2 step 3 step 4 step 5 step 6 step 7 "

# GPUs: --gpus-per-task binds each task to its own; --exclusive alone gives
# the batch step the node's GPUs but not its steps.
g='echo "$SLURM_PROCID ${CUDA_VISIBLE_DEVICES-none} ${SLURM_STEP_GPUS-none} ${SLURMD_TRES_BIND-none} ${SLURM_GPUS_ON_NODE-none}"'
printf '#!/bin/sh\necho "batch $CUDA_VISIBLE_DEVICES $SLURM_JOB_GPUS"\nsrun sh -c '"'%s'"'\n' "$g" >"$RT_OUT/gpus.sh"
d=$RT_OUT/gpt
rt_pods "$d" "$RT_OUT/gpus.sh" 1 SLURMC_NTASKS=2 SLURMC_TASKS_PER_NODE_LIST=2 SLURMC_GPUS_ON_NODE=2 SLURMC_GPUS_PER_TASK=1 SLURMC_HOST_PREFIX=g
rt_expect runtime/srun/gpus-per-task "$(LC_ALL=C sort "$d/pod-0.out" | tr '\n' ' ')" \
	"0 0 0 gpu:per_task:1 2 1 1 1 gpu:per_task:1 2 batch 0,1 0,1 "
d=$RT_OUT/gexcl
rt_pods "$d" "$RT_OUT/gpus.sh" 1 SLURMC_TASKS_PER_NODE_LIST=4 SLURMC_CPUS_ON_NODE_LIST=4 SLURMC_GPUS_ON_NODE=2 SLURMC_EXCLUSIVE=1 SLURMC_HOST_PREFIX=g
rt_expect runtime/srun/gpus-exclusive "$(LC_ALL=C sort "$d/pod-0.out" | tr '\n' ' ')" "0 none none none none batch 0,1 0,1 "

# An array folded into one Indexed Job: positions, ids, node names.
cat >"$RT_OUT/array.sh" <<'EOF'
#!/bin/sh
echo "$SLURM_ARRAY_TASK_ID $SLURM_JOB_ID $SLURM_ARRAY_JOB_ID $SLURM_NODEID $SLURM_JOB_NODELIST $SLURMD_NODENAME $SLURM_ARRAY_TASK_MIN-$SLURM_ARRAY_TASK_MAX:$SLURM_ARRAY_TASK_STEP/$SLURM_ARRAY_TASK_COUNT"
EOF
d=$RT_OUT/array
rt_pods "$d" "$RT_OUT/array.sh" 6 SLURMC_NNODES=2 SLURMC_ARRAY_TASK_IDS=1,4,7 SLURMC_HOST_PREFIX=a SLURMC_JOB_UID=uid-a
base=$(cut -d' ' -f3 "$d/pod-0.out")
got=$(cat "$d"/pod-*.out | sed "s/$base/B/g" | tr '\n' ';')
rt_expect runtime/array/local-ids "$got" \
	"1 $((base + 1)) B 0 a-[0-1] a-0 1-7:3/3;1 $((base + 1)) B 1 a-[0-1] a-1 1-7:3/3;4 $((base + 2)) B 0 a-[2-3] a-2 1-7:3/3;4 $((base + 2)) B 1 a-[2-3] a-3 1-7:3/3;7 B B 0 a-[4-5] a-4 1-7:3/3;7 B B 1 a-[4-5] a-5 1-7:3/3;"

d=$RT_OUT/array-ranges
rt_pods "$d" "$RT_OUT/array.sh" 6 SLURMC_NNODES=2 SLURMC_ARRAY_TASK_IDS=1-7:3 SLURMC_HOST_PREFIX=a SLURMC_JOB_UID=uid-a
rt_expect runtime/array/local-id-ranges "$(cat "$d"/pod-*.out | sed "s/$base/B/g" | tr '\n' ';')" "$got"

# scontrol.
cat >"$RT_OUT/scontrol.sh" <<'EOF'
#!/bin/sh
scontrol show hostnames | tr '\n' ' '; echo
scontrol show hostnames 'n[1-2],m07' | tr '\n' ' '; echo
scontrol show hostlist 'n1,n2,n3,m1'
scontrol show hostlistsorted 'n3,n1,n2'
scontrol -o show job | tr ' ' '\n' | grep -E '^(JobId|JobName|NodeList|NumNodes|NumTasks)='
scontrol show job 1; echo "rc=$?"
scontrol update JobId=1 TimeLimit=5; echo "rc=$?"
EOF
d=$RT_OUT/scontrol
rt_pods "$d" "$RT_OUT/scontrol.sh" 1 SLURMC_NNODES=3 SLURMC_NTASKS=5 SLURMC_HOST_PREFIX=s SLURMC_JOB_NAME=sc SLURMC_JOB_UID=u
jid=$(sed -n 's/^JobId=//p' "$d/pod-0.out")
rt_expect runtime/scontrol "$(cat "$d/pod-0.out" | tr '\n' ';')" \
	"s-0 s-1 s-2 ;n1 n2 m07 ;n[1-3],m1;n[1-3];JobId=$jid;JobName=sc;NodeList=s-[0-2];NumNodes=3;NumTasks=5;rc=1;rc=1;"
case $jid in [1-9][0-9][0-9][0-9]*) pass runtime/scontrol/job-id ;; *) fail runtime/scontrol/job-id "JobId=$jid" ;; esac

# The #! line: its one argument, the script's arguments, stdin, a script that
# is not executable, an interpreter the image has not got.
printf '#!/bin/sh   -eu  \necho "args=$# [$1] [$2] in=$(cat)"\nfalse\necho not-reached\n' >"$RT_OUT/shebang.sh"
d=$RT_OUT/shebang
mkdir -p "$d" && cp "$ROOT"/stdlib/runtime/*.sh "$d/" && cp "$RT_OUT/shebang.sh" "$d/script" && chmod 644 "$d/script"
echo data | (cd "$d" && env -i PATH="$PATH" TMPDIR="$d" /bin/sh ./entry.sh "a b" 'c"d' >out 2>err)
rt_expect runtime/shebang/args-and-set-e "$?:$(cat "$d/out")" "1:args=2 [a b] [c\"d] in="
printf '#!/nonexistent/bash\necho hi\n' >"$d/script"
(cd "$d" && env -i PATH="$PATH" TMPDIR="$d" /bin/sh ./entry.sh >out 2>err)
rt_expect runtime/shebang/missing-interpreter "$?:$(cat "$d/err")" \
	"127:slurmc: the script's interpreter /nonexistent/bash is not in this image (line 1: #!/nonexistent/bash)"

# A login shell (#!/bin/bash -l) whose /etc/profile sets PATH afresh still
# finds srun and scontrol.
if [ -x /bin/bash ]; then
	printf '#!/bin/bash -l\nPATH=/usr/bin:/bin\nsrun -n 1 sh -c '"'"'echo "task $SLURM_PROCID"'"'"'\nscontrol show hostnames\n' >"$RT_OUT/login.sh"
	d=$RT_OUT/login
	rt_pods "$d" "$RT_OUT/login.sh" 1 SLURMC_HOST_PREFIX=lg
	rt_expect runtime/shebang/login-shell "$(cat "$d/pod-0.out" "$d/pod-0.err" | tr '\n' ' ')" "task 0 lg-0 "
else
	skip runtime/shebang/login-shell "no /bin/bash"
fi

# Hostile values stay strings: job name, --export values, a quote in a node
# name prefix, through srun and scontrol.
cat >"$RT_OUT/hostile.sh" <<'EOF'
#!/bin/sh
printf 'name=[%s]\n' "$SLURM_JOB_NAME"
printf 'x=[%s]\n' "$X"
srun -n 1 sh -c 'printf "task=[%s]\n" "$SLURM_JOB_NAME"'
scontrol show job | sed -n 's/^JobId=[0-9]* JobName=/job=/p'
EOF
d=$RT_OUT/hostile
evil='$(touch pwned1)`touch pwned2`;a'"'"'b"c\n*'
rt_pods "$d" "$RT_OUT/hostile.sh" 1 SLURMC_JOB_NAME="$evil" SLURMC_EXPORT='ALL,X=$(touch pwned3)' SLURMC_HOST_PREFIX=h
rt_expect runtime/hostile/values "$(cat "$d/pod-0.out")" "name=[$evil]
x=[\$(touch pwned3)]
task=[$evil]
job=$evil"
rt_expect runtime/hostile/nothing-ran "$(ls "$d" "$d/tmp" | grep -c pwned)" 0

# Variables: the SLURMC_* facts are gone; the batch step's values.
cat >"$RT_OUT/vars.sh" <<'EOF'
#!/bin/sh
env | grep -c '^SLURMC_'
echo "$ENVIRONMENT $SLURM_NODEID $SLURM_PROCID $SLURM_GTIDS $SLURM_JOB_CPUS_PER_NODE $SLURM_CPUS_ON_NODE $SLURM_TASKS_PER_NODE ${SLURM_NTASKS-unset} $SLURM_MEM_PER_CPU $SLURM_JOB_ACCOUNT $SLURM_EXPORT_ENV $SLURM_GET_USER_ENV $Y"
[ "$SLURM_TASK_PID" = $$ ] && echo pid-ok
EOF
d=$RT_OUT/vars
rt_pods "$d" "$RT_OUT/vars.sh" 2 SLURMC_NNODES=2 SLURMC_TASKS_PER_NODE_LIST=4,4 SLURMC_CPUS_ON_NODE_LIST='4(x2)' \
	SLURMC_MEM_PER_CPU=512 SLURMC_ACCOUNT=projectx SLURMC_EXPORT=NONE,Y=1 SLURMC_HOST_PREFIX=v-
rt_expect runtime/vars/batch "$(cat "$d/pod-1.out" | tr '\n' ';')" "0;BATCH 1 0 0 4(x2) 4 4(x2) unset 512 projectx NONE,Y=1 1 1;pid-ok;"

# --- 3. podsim ---------------------------------------------------------------------

# rt_podsim NAME TARGET SCRIPT [mkjob options]: compile with mkjob.sh, run
# with podsim --json; NAME.json holds the result, NAME.out every pod's stdout.
rt_podsim() {
	_n=$1 _t=$2 _s=$3
	shift 3
	sh "$RT_DIR/mkjob.sh" --target="$_t" "$@" "$_s" >"$RT_OUT/$_n.yaml" 2>"$RT_OUT/$_n.mkjob.err" || return 1
	"$SHARED/podsim/podsim" --json --timeout 60 "$RT_OUT/$_n.yaml" >"$RT_OUT/$_n.json" 2>"$RT_OUT/$_n.err"
	python3 - "$RT_OUT/$_n.json" >"$RT_OUT/$_n.out" <<-'EOF'
		import json, sys
		r = json.load(open(sys.argv[1]))
		print("outcome", r.get("outcome"), r.get("succeeded"))
		for p in r.get("pods") or []:
		    for line in (p.get("stdout") or "").splitlines():
		        print(p.get("hostname") or p.get("name"), line)
	EOF
}

if ! have_shared podsim; then
	skip runtime/podsim "../shared/podsim is not here"
elif [ "$(id -u)" != 0 ]; then
	skip runtime/podsim "podsim needs root"
elif ! python3 -c 'import yaml' 2>/dev/null; then
	skip runtime/podsim "needs python3-yaml"
else
	# 4 nodes x 8 tasks: one job id, every rank once, each on its own node.
	cat >"$RT_OUT/wide.sh" <<-'EOF'
		#!/bin/sh
		#SBATCH -N 4 --ntasks-per-node=8 -J wide
		echo "B $SLURM_JOB_ID $SLURM_NODEID $SLURM_JOB_NODELIST $(hostname)"
		srun sh -c 'echo "T $SLURM_JOB_ID $SLURM_PROCID $SLURM_NODEID $SLURM_LOCALID $SLURMD_NODENAME $(hostname)"'
	EOF
	rt_podsim wide job "$RT_OUT/wide.sh" --node-cpus=8
	o=$RT_OUT/wide.out
	rt_expect runtime/podsim/wide-outcome "$(head -1 "$o")" "outcome Succeeded True"
	rt_expect runtime/podsim/wide-one-job-id "$(awk '$2 == "B" || $2 == "T" { print $3 }' "$o" | sort -u | wc -l)" 1
	rt_expect runtime/podsim/wide-ranks "$(awk '$2 == "T" { print $4 }' "$o" | sort -n | tr '\n' ' ')" \
		"$(seq 0 31 | tr '\n' ' ')"
	rt_expect runtime/podsim/wide-placement \
		"$(awk '$2 == "T" && $7 == $1 && $8 == $1 && int($4 / 8) == $5 && $4 % 8 == $6 { n++ } END { print n }' "$o")" 32
	rt_expect runtime/podsim/wide-nodelist "$(awk '$2 == "B" { print $5, $6 == $1 }' "$o" | sort -u | tr '\n' ' ')" \
		"wide-[0-3] 1 "

	# An array of 2-node jobs with steps and a throttle, on every backend.
	cat >"$RT_OUT/arr.sh" <<-'EOF'
		#!/bin/sh
		#SBATCH -N 2 --array=1-7:3%2 -J arr
		echo "B $SLURM_ARRAY_TASK_ID $SLURM_JOB_ID $SLURM_ARRAY_JOB_ID $SLURM_NODEID $SLURM_JOB_NODELIST $SLURMD_NODENAME"
		srun sh -c 'echo "S $SLURM_ARRAY_TASK_ID $SLURM_STEP_ID $SLURM_PROCID $SLURM_JOB_ID"'
		srun -n 1 sh -c 'echo "S $SLURM_ARRAY_TASK_ID $SLURM_STEP_ID $SLURM_PROCID $SLURM_JOB_ID"'
	EOF
	for t in job jobset volcano skypilot; do
		rt_podsim "arr-$t" "$t" "$RT_OUT/arr.sh"
		o=$RT_OUT/arr-$t.out
		rt_expect "runtime/podsim/array-$t-outcome" "$(head -1 "$o" | cut -d' ' -f3)" True
		# B lines: pod TASKID JOBID ARRAYJOBID NODEID NODELIST NODENAME.  Per
		# array task: two pods, one job id, one node list, nodes 0 and 1.
		got=$(awk '$2 == "B" { k = $3; n[k]++; id[k] = id[k] " " $4; nl[k] = nl[k] " " $7; nid[k] = nid[k] $6 }
			END { for (k in n) { split(id[k], a, " "); split(nl[k], b, " ")
				printf "%s:%d:%s:%s:%s\n", k, n[k], a[1] == a[2], b[1] == b[2], nid[k] } }' "$o" |
			sed 's/:10$/:01/' | LC_ALL=C sort | tr '\n' ' ')
		rt_expect "runtime/podsim/array-$t-tasks" "$got" "1:2:1:1:01 4:2:1:1:01 7:2:1:1:01 "
		# Three job ids; the last task's is the array's; one array id.
		got=$(awk '$2 == "B" { ids[$4]; arr[$5]; if ($3 == 7 && $4 == $5) last++ }
			END { print length(ids), length(arr), last + 0 }' "$o")
		rt_expect "runtime/podsim/array-$t-ids" "$got" "3 1 2"
		steps=$(awk '$2 == "S" { print $3 "/" $4 "/" $5 }' "$o" | LC_ALL=C sort | tr '\n' ' ')
		rt_expect "runtime/podsim/array-$t-steps" "$steps" \
			"1/0/0 1/0/1 1/1/0 4/0/0 4/0/1 4/1/0 7/0/0 7/0/1 7/1/0 "
		# Each pod's node name is its hostname, and entry of the node list.
		bad=$(awk '$2 == "B" { print $1, $6, $7, $8 }' "$o" | while read -r h nid nl me; do
			n=$( (. "$ROOT/stdlib/runtime/lib.sh"; hl_expand "$nl") | sed -n "$((nid + 1))p")
			[ "$n" = "$me" ] || echo "$h: node $nid of $nl is $n, not $me"
			[ "$t" = skypilot ] || [ "$h" = "$me" ] || echo "$h: SLURMD_NODENAME $me"
		done)
		rt_expect "runtime/podsim/array-$t-names" "$bad" ""
	done

	# Exit statuses: the script's is the pod's; a failed step alone is not.
	printf '#!/bin/sh\n#SBATCH -N 2\nsrun sh -c "exit 5"\necho "rc=$?"\nexit 0\n' >"$RT_OUT/step-fails.sh"
	rt_podsim step-fails job "$RT_OUT/step-fails.sh"
	rt_expect runtime/podsim/failed-step "$(grep -c ' rc=5$' "$RT_OUT/step-fails.out"):$(head -1 "$RT_OUT/step-fails.out")" \
		"2:outcome Succeeded True"
	printf '#!/bin/bash\nexit 3\n' >"$RT_OUT/exit3.sh"
	rt_podsim exit3 job "$RT_OUT/exit3.sh"
	rt_expect runtime/podsim/script-exit "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["succeeded"], [p["exitCode"] for p in r["pods"]])' "$RT_OUT/exit3.json")" \
		"False [3]"

	# A hostile job name survives YAML, the kubelet's $(VAR) expansion and sh.
	evil='$(touch /tmp/slurmc-pwned)$(HOME)`id`a'"'"'b"c;*'
	printf '#!/bin/sh\n#SBATCH -J %s\nprintf "[%%s]\\n" "$SLURM_JOB_NAME"\nsrun sh -c '"'"'printf "[%%s]\\n" "$SLURM_JOB_NAME"'"'"'\n' \
		"\"$(printf '%s' "$evil" | sed 's/"/\\"/g')\"" >"$RT_OUT/evil.sh"
	rm -f /tmp/slurmc-pwned
	rt_podsim evil job "$RT_OUT/evil.sh"
	rt_expect runtime/podsim/hostile-name "$(sed -n '2,$s/^[^ ]* //p' "$RT_OUT/evil.out" | tr '\n' ';')" \
		"[$evil];[$evil];"
	[ -e /tmp/slurmc-pwned ] && fail runtime/podsim/hostile-nothing-ran "/tmp/slurmc-pwned exists" ||
		pass runtime/podsim/hostile-nothing-ran

	# compare-run over the oracle's run cases: a stand-in slurmc that writes
	# mkjob.sh's manifests, tracing every task's environment (as the
	# oracle's TaskProlog records it).  The job target has no het jobs.
	if have_shared slurm-oracle && [ -x "$SHARED/slurm-oracle/compare-run" ]; then
		fake=$(mktemp -d "${TMPDIR:-/tmp}/slurmc-fake.XXXXXX")
		printf '#!/bin/sh\nexec sh %s --env=SLURMC_TRACE_ENV=1 "$@"\n' "'$RT_DIR/mkjob.sh'" >"$fake/slurmc"
		chmod 755 "$fake/slurmc"
		cases=$(ls "$SHARED"/slurm-oracle/run-cases/*.sh | grep -v het-)
		"$SHARED/slurm-oracle/compare-run" --slurmc "$fake/slurmc" $cases >"$RT_OUT/compare-run-job.log" 2>&1
		"$SHARED/slurm-oracle/compare-run" --slurmc "$fake/slurmc" --target=jobset \
			"$SHARED"/slurm-oracle/run-cases/het-*.sh >"$RT_OUT/compare-run-het.log" 2>&1
		rm -rf "$fake"
		for log in "$RT_OUT"/compare-run-job.log "$RT_OUT"/compare-run-het.log; do
			summary=$(tail -1 "$log")
			case $summary in
			*" passed, 0 failed") pass "runtime/compare-run/$(basename "$log" .log): $summary" ;;
			*) fail "runtime/compare-run/$(basename "$log" .log)" "$(grep -A4 '^FAIL' "$log" | head -30)
$summary" ;;
			esac
		done
	else
		skip runtime/compare-run "../shared/slurm-oracle is not here"
	fi
fi

if [ "$FAILED" = "$RT_FAILED0" ]; then
	rm -rf "$RT_OUT"
else
	echo "     (the runtime suite's files are in $RT_OUT)"
fi
