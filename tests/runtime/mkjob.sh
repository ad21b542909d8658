#!/bin/sh
# mkjob.sh: a stand-in for slurmc's emitter, for the runtime's tests.
#
#   sh tests/runtime/mkjob.sh [--target=job|jobset|volcano|skypilot] [--image=I]
#       [--node-cpus=4] [--node-gpus=2] [--env=K=V]... [sbatch options] SCRIPT > job.yaml
#
# Reads the script's #SBATCH header (a subset: nodes, tasks, CPUs, memory,
# GPUs, arrays, names, account, QOS, partition, --export, --exclusive),
# works out the allocation as Slurm would on nodes of --node-cpus CPUs and
# --node-gpus GPUs (the slurm-oracle's run-mode nodes by default), and prints
# the manifests that the runtime contract (stdlib/runtime/README.md)
# describes: a ConfigMap with stdlib/runtime/*.sh and the script, and an
# Indexed Job behind a headless Service (or a JobSet, a Volcano Job, a
# SkyPilot task).  It writes what the real emitter must write, so that the
# runtime can be tested before the emitter exists.  Test tool only.
here=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$here/../../stdlib/runtime" "$@" <<'PYEOF'
import glob, math, os, re, shlex, sys
import yaml

runtime_dir, argv = sys.argv[1], sys.argv[2:]

LONG = {  # long option -> takes a value
    "nodes": 1, "ntasks": 1, "ntasks-per-node": 1, "cpus-per-task": 1, "mem": 1,
    "mem-per-cpu": 1, "mem-per-gpu": 1, "job-name": 1, "array": 1, "account": 1, "qos": 1,
    "partition": 1, "export": 1, "exclusive": 0, "gpus": 1, "gpus-per-node": 1,
    "gpus-per-task": 1, "gres": 1, "cpus-per-gpu": 1, "overcommit": 0, "chdir": 1,
    "output": 1, "error": 1, "time": 1, "comment": 1, "nice": 1, "input": 1, "mail-type": 1,
    "mail-user": 1, "constraint": 1, "dependency": 1, "requeue": 0, "hold": 0,
}
SHORT = {"N": "nodes", "n": "ntasks", "c": "cpus-per-task", "J": "job-name", "a": "array",
         "A": "account", "q": "qos", "p": "partition", "G": "gpus", "t": "time", "o": "output",
         "e": "error", "D": "chdir", "O": "overcommit", "i": "input", "C": "constraint",
         "d": "dependency", "H": "hold"}


def parse_words(words, comp):
    i = 0
    while i < len(words):
        w = words[i]
        i += 1
        if w in ("hetjob", "packjob"):
            comp = {}
            comps.append(comp)
            continue
        if w.startswith("--"):
            name, eq, val = w[2:].partition("=")
            if name not in LONG:
                continue
            if LONG[name] and not eq:
                val = words[i]
                i += 1
            comp[name] = val if LONG[name] else "1"
        elif w.startswith("-") and len(w) > 1:
            name = SHORT.get(w[1])
            if not name:
                continue
            if LONG[name]:
                val = w[2:] or words[i]
                if not w[2:]:
                    i += 1
                comp[name] = val
            else:
                comp[name] = "1"
    return comp


def mem_mb(v):
    m = re.fullmatch(r"(\d+)([KMGTkmgt]?)[Bb]?", v)
    n, u = int(m.group(1)), m.group(2).upper()
    return {"K": math.ceil(n / 1024), "": n, "M": n, "G": n * 1024, "T": n * 1024 * 1024}[u]


def array_ids(spec):
    spec, _, throttle = spec.partition("%")
    ids = []
    for part in spec.split(","):
        rng, _, step = part.partition(":")
        lo, _, hi = rng.partition("-")
        ids += list(range(int(lo), int(hi or lo) + 1, int(step or 1)))
    return ids, int(throttle) if throttle else None


target, image, node_cpus, node_gpus, extra_env, sbatch_args = "job", "debian:12", 4, 2, {}, []
rest = []
for a in argv:
    if a.startswith("--target="):
        target = a.split("=", 1)[1]
    elif a.startswith("--image="):
        image = a.split("=", 1)[1]
    elif a.startswith("--node-cpus="):
        node_cpus = int(a.split("=", 1)[1])
    elif a.startswith("--node-gpus="):
        node_gpus = int(a.split("=", 1)[1])
    elif a.startswith("--env="):
        k, _, v = a.split("=", 1)[1].partition("=")
        extra_env[k] = v
    else:
        rest.append(a)
script_path, sbatch_args = rest[-1], rest[:-1]
with open(script_path, "rb") as f:
    script = f.read().decode("utf-8")

comps = [{}]
for line in script.splitlines()[1:]:
    if line.startswith("#SBATCH") and (len(line) == 7 or line[7] in " \t"):
        parse_words(shlex.split(line[7:], comments=True), comps[-1])
    elif line.strip() and not line.startswith("#"):
        break
parse_words(sbatch_args, comps[0])
o = comps[0]


def layout(o):
    c = int(o.get("cpus-per-task", 1))
    ntpn = int(o["ntasks-per-node"]) if "ntasks-per-node" in o else None
    n = int(o["ntasks"]) if "ntasks" in o else None
    if ntpn:
        N = int(o.get("nodes", "0").split("-")[0]) or (math.ceil(n / ntpn) if n else 1)
        tpn = [ntpn] * N
        n = N * ntpn if n is None else n
    elif n:
        N = int(o.get("nodes", "0").split("-")[0]) or math.ceil(n * c / node_cpus)
        tpn, left = [], n
        for i in range(N):
            t = min(node_cpus // c, left - (N - 1 - i))
            tpn.append(t)
            left -= t
    else:
        N = int(o.get("nodes", "1").split("-")[0])
        tpn = [node_cpus // c if "exclusive" in o else 1] * N
    excl = "exclusive" in o
    cpus = [node_cpus if excl else t * c for t in tpn]
    gpus = None
    gres = o.get("gres", "")
    if "gpus-per-task" in o:
        gpus = [t * int(o["gpus-per-task"].split(":")[-1]) for t in tpn]
    elif "gpus-per-node" in o:
        gpus = [int(o["gpus-per-node"].split(":")[-1])] * N
    elif "gpu" in gres:
        gpus = [int(gres.split(":")[-1])] * N
    elif "gpus" in o:
        g = int(o["gpus"].split(":")[-1])
        gpus = [g // N + (i < g % N) for i in range(N)]
    elif excl:
        gpus = [node_gpus] * N
    return N, n if ("ntasks" in o or ntpn) else None, tpn, cpus, gpus


def comp_facts(o):
    """The per-component facts of the contract, without the SLURMC_ prefix."""
    N, ntasks, tpn, cpus, gpus = layout(o)
    return {
        "NNODES": str(N), "NTASKS": str(ntasks) if ntasks is not None else "",
        "TASKS_PER_NODE_LIST": ",".join(map(str, tpn)), "CPUS_ON_NODE_LIST": ",".join(map(str, cpus)),
        "NTASKS_PER_NODE": o.get("ntasks-per-node", ""), "CPUS_PER_TASK": o.get("cpus-per-task", ""),
        "GPUS_ON_NODE": ",".join(map(str, gpus)) if gpus else "",
        "GPUS_PER_NODE": o.get("gpus-per-node", ""), "GPUS_PER_TASK": o.get("gpus-per-task", ""),
        "GPUS": o.get("gpus", ""), "GRES": o.get("gres", ""),
        "EXCLUSIVE": "1" if "exclusive" in o else "", "PARTITION": o.get("partition", "real"),
    }


job_name = o.get("job-name") or os.path.basename(script_path)
dns = re.sub(r"[^a-z0-9-]+", "-", job_name.lower()).strip("-")[:40].strip("-") or "job"
N = int(comp_facts(o)["NNODES"])
facts = {"SLURMC_BACKEND": target, "SLURMC_JOB_NAME": job_name}
facts.update({"SLURMC_" + k: v for k, v in comp_facts(o).items()})
facts.update({
    "SLURMC_MEM_PER_NODE": str(mem_mb(o["mem"])) if "mem" in o else "",
    "SLURMC_MEM_PER_CPU": str(mem_mb(o["mem-per-cpu"])) if "mem-per-cpu" in o else "",
    "SLURMC_MEM_PER_GPU": str(mem_mb(o["mem-per-gpu"])) if "mem-per-gpu" in o else "",
    "SLURMC_CPUS_PER_GPU": o.get("cpus-per-gpu", ""),
    "SLURMC_ACCOUNT": o.get("account", "").lower(), "SLURMC_QOS": o.get("qos", ""),
    "SLURMC_EXPORT": o.get("export", ""), "SLURMC_SUBMIT_DIR": "/submit",
    "SLURMC_CLUSTER_NAME": "oracle", "SLURMC_OVERCOMMIT": "1" if "overcommit" in o else "",
})
het = len(comps) > 1
if het:
    if target not in ("jobset", "volcano"):
        sys.exit("mkjob: a het job needs --target=jobset or --target=volcano")
    facts["SLURMC_HET_SIZE"] = str(len(comps))
    for k, comp in enumerate(comps):
        prefix = "%s-c%d-0" % (dns, k) if target == "jobset" else "%s-c%d" % (dns, k)
        cf = comp_facts(comp)
        cf.update({"JOB_NAME": comp.get("job-name") or job_name, "HOST_PREFIX": prefix})
        facts.update({"SLURMC_HET_%d_%s" % (k, n): v for n, v in cf.items()})
tasks = 1
throttle = None
if "array" in o:
    ids, throttle = array_ids(o["array"])
    tasks = len(ids)
    step = ids[1] - ids[0] if len(ids) > 1 and all(b - a == ids[1] - ids[0] for a, b in zip(ids, ids[1:])) else 1
    facts.update({"SLURMC_ARRAY_TASK_IDS": ",".join(map(str, ids)), "SLURMC_ARRAY_MIN": str(min(ids)),
                  "SLURMC_ARRAY_MAX": str(max(ids)), "SLURMC_ARRAY_STEP": str(step),
                  "SLURMC_ARRAY_COUNT": str(len(ids))})
facts.update(extra_env)


def k8s_env(extra):
    env = [{"name": k, "value": v.replace("$", "$$")} for k, v in facts.items() if v != ""]
    return env + extra


files = {os.path.basename(p): open(p).read() for p in sorted(glob.glob(os.path.join(runtime_dir, "*.sh")))}
files["script"] = script
cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": dns + "-slurmc"}, "data": files}
volume = {"name": "slurmc", "configMap": {"name": dns + "-slurmc", "defaultMode": 0o755}}
mount = {"name": "slurmc", "mountPath": "/slurmc"}


def container(env):
    return {"name": "main", "image": image, "command": ["/bin/sh", "/slurmc/entry.sh"],
            "env": env, "volumeMounts": [mount]}


def field(name, path):
    return {"name": name, "valueFrom": {"fieldRef": {"fieldPath": path}}}


docs = []
if target == "job":
    facts.update({"SLURMC_HOST_PREFIX": dns, "SLURMC_SUBDOMAIN": dns})
    env = k8s_env([field("SLURMC_JOB_UID", "metadata.labels['batch.kubernetes.io/controller-uid']")])
    spec = {"completionMode": "Indexed", "completions": tasks * N,
            "parallelism": (min(throttle, tasks) if throttle else tasks) * N,
            "template": {"spec": {"subdomain": dns, "restartPolicy": "Never",
                                  "containers": [container(env)], "volumes": [volume]}}}
    if "array" in o:
        spec["backoffLimitPerIndex"] = 0
    else:
        spec["backoffLimit"] = 0
    docs = [cm, {"apiVersion": "v1", "kind": "Service", "metadata": {"name": dns},
                 "spec": {"clusterIP": "None", "selector": {"batch.kubernetes.io/job-name": dns}}},
            {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": dns}, "spec": spec}]
elif target == "jobset":
    facts.update({"SLURMC_HOST_PREFIX": dns + "-node", "SLURMC_SUBDOMAIN": dns})
    rjobs = []
    for k, comp in enumerate(comps if het else [o]):
        extra = [field("SLURMC_JOB_UID", "metadata.labels['jobset.sigs.k8s.io/jobset-uid']"),
                 field("SLURMC_JOBSET_JOB_INDEX", "metadata.labels['jobset.sigs.k8s.io/job-index']")]
        if het:
            extra.append({"name": "SLURMC_HET_GROUP", "value": str(k)})
        n = int(comp_facts(comp)["NNODES"])
        job = {"completionMode": "Indexed", "completions": n, "parallelism": n, "backoffLimit": 0,
               "template": {"spec": {"restartPolicy": "Never", "containers": [container(k8s_env(extra))],
                                     "volumes": [volume]}}}
        rjobs.append({"name": "c%d" % k if het else "node", "replicas": tasks, "template": {"spec": job}})
    docs = [cm, {"apiVersion": "jobset.x-k8s.io/v1alpha2", "kind": "JobSet", "metadata": {"name": dns},
                 "spec": {"replicatedJobs": rjobs}}]
elif target == "volcano":
    facts.update({"SLURMC_HOST_PREFIX": dns + "-node", "SLURMC_SUBDOMAIN": dns})
    vtasks = []
    for k, comp in enumerate(comps if het else [o]):
        extra = [field("SLURMC_JOB_UID", "metadata.annotations['scheduling.k8s.io/group-name']")]
        if het:
            extra.append({"name": "SLURMC_HET_GROUP", "value": str(k)})
        n = int(comp_facts(comp)["NNODES"])
        vtasks.append({"name": "c%d" % k if het else "node", "replicas": tasks * n,
                       "template": {"spec": {"restartPolicy": "Never", "containers": [container(k8s_env(extra))],
                                             "volumes": [volume]}}})
    docs = [cm, {"apiVersion": "batch.volcano.sh/v1alpha1", "kind": "Job", "metadata": {"name": dns},
                 "spec": {"minAvailable": sum(t["replicas"] for t in vtasks), "schedulerName": "volcano",
                          "plugins": {"env": [], "svc": []}, "tasks": vtasks}}]
elif target == "skypilot":
    setup = ["mkdir -p ~/.slurmc"]
    for name, text in files.items():
        setup.append("cat > ~/.slurmc/%s <<'SLURMC_EOF'\n%sSLURMC_EOF" % (name, text if text.endswith("\n") else text + "\n"))
    # An array: one task per index, in a chain, each with its position.
    docs = []
    for pos in range(tasks):
        envs = {k: v for k, v in facts.items() if v != ""}
        if "array" in o:
            envs["SLURMC_ARRAY_POS"] = str(pos)
        docs.append({"name": dns if "array" not in o else "%s-%d" % (dns, pos), "num_nodes": N,
                     "envs": envs, "setup": "\n".join(setup) + "\n",
                     "run": "exec /bin/sh ~/.slurmc/entry.sh\n"})
else:
    sys.exit("mkjob: unknown target " + target)


class Dumper(yaml.SafeDumper):
    pass


def str_repr(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|" if "\n" in s else None)


Dumper.add_representer(str, str_repr)
sys.stdout.write(yaml.dump_all(docs, Dumper=Dumper, sort_keys=False, default_flow_style=False))
PYEOF
