/*
 * ir_json.c: the IR as the JSON contract that compare-ir checks.
 *
 * The top level describes component 0; het jobs add "het_components" with
 * every component, 0 included. "options" lists every sbatch option that was
 * set, by long name, with the value as given (true for a bare flag).
 */
#include "emitters/ir_json.h"

static json_t *jint(ir_int v)
{
	return span_is_set(v.at) ? json_integer(v.v) : json_null();
}

static json_t *jstr(ir_str v)
{
	return span_is_set(v.at) && v.v ? json_string(v.v) : json_null();
}

static json_t *gpus_json(const struct ir_gpus *g)
{
	if (!span_is_set(g->per_job.at) && !span_is_set(g->per_node.at) &&
	    !span_is_set(g->per_task.at) && !span_is_set(g->per_socket.at) &&
	    !span_is_set(g->mem_per_gpu_mb.at) && !span_is_set(g->cpus_per_gpu.at))
		return json_null();
	json_t *o = json_object();
	json_object_set_new(o, "per_job", jint(g->per_job));
	json_object_set_new(o, "per_node", jint(g->per_node));
	json_object_set_new(o, "per_task", jint(g->per_task));
	json_object_set_new(o, "per_socket", jint(g->per_socket));
	json_object_set_new(o, "type", jstr(g->type));
	json_object_set_new(o, "mem_per_gpu_mb", jint(g->mem_per_gpu_mb));
	json_object_set_new(o, "cpus_per_gpu", jint(g->cpus_per_gpu));
	return o;
}

static json_t *array_json(const struct ir_array *a)
{
	if (!span_is_set(a->at))
		return json_null();
	json_t *idx = json_array();
	for (size_t i = 0; i < a->count; i++)
		json_array_append_new(idx, json_integer(a->indices[i]));
	json_t *o = json_object();
	json_object_set_new(o, "spec", json_string(a->spec));
	json_object_set_new(o, "indices", idx);
	json_object_set_new(o, "throttle", jint(a->throttle));
	json_object_set_new(o, "task_count", json_integer((json_int_t)a->count));
	return o;
}

static const char *const mail_names[] = { "NONE", "BEGIN", "END", "FAIL", "REQUEUE", "ALL",
					  "INVALID_DEPEND", "STAGE_OUT", "TIME_LIMIT",
					  "TIME_LIMIT_90", "TIME_LIMIT_80", "TIME_LIMIT_50",
					  "ARRAY_TASKS" };

static json_t *mail_json(ir_int m)
{
	/* NONE, alone or in a list, means no mail, as Slurm stores it. */
	if (!span_is_set(m.at) || ((uint64_t)m.v & MAIL_NONE))
		return json_null();
	json_t *a = json_array();
	for (unsigned i = 0; i < sizeof mail_names / sizeof *mail_names; i++)
		if ((uint64_t)m.v & (1u << i))
			json_array_append_new(a, json_string(mail_names[i]));
	return a;
}

static json_t *exclusive_json(ir_int e)
{
	static const char *const names[] = { NULL, "exclusive", "user", "mcs", "topo" };
	if (!span_is_set(e.at) || e.v <= EXCL_NONE || e.v > EXCL_TOPO)
		return json_false();
	return json_string(names[e.v]);
}

static json_t *options_json(const struct ir_opt *opts, const struct optdesc *rows, size_t n)
{
	json_t *o = json_object();
	for (size_t i = 0; i < n; i++) {
		if (!span_is_set(opts[i].at))
			continue;
		json_object_set_new(o, rows[i].name,
				    opts[i].value ? json_string(opts[i].value) : json_true());
	}
	return o;
}

/* The fields of one component, in the order of DESIGN.md §3. */
static json_t *component_json(const struct ir_component *c)
{
	json_t *o = json_object();
	json_object_set_new(o, "name", jstr(c->name));
	json_object_set_new(o, "partition", jstr(c->partition));
	json_object_set_new(o, "account", jstr(c->account));
	json_object_set_new(o, "qos", jstr(c->qos));
	json_object_set_new(o, "time_limit_s", jint(c->time_limit_s));
	json_object_set_new(o, "time_min_s", jint(c->time_min_s));
	json_object_set_new(o, "min_nodes", jint(c->min_nodes));
	json_object_set_new(o, "max_nodes", jint(c->max_nodes));
	json_object_set_new(o, "num_tasks", jint(c->num_tasks));
	json_object_set_new(o, "tasks_per_node", jint(c->tasks_per_node));
	json_object_set_new(o, "cpus_per_task", jint(c->cpus_per_task));
	json_object_set_new(o, "mem_per_node_mb", jint(c->mem_per_node_mb));
	json_object_set_new(o, "mem_per_cpu_mb", jint(c->mem_per_cpu_mb));
	json_object_set_new(o, "tmp_disk_per_node_mb", jint(c->tmp_disk_mb));
	json_object_set_new(o, "gpus", gpus_json(&c->gpus));
	json_object_set_new(o, "array", array_json(&c->array));
	json_object_set_new(o, "dependency", jstr(c->dependency));
	json_object_set_new(o, "constraint", jstr(c->constraint));
	json_object_set_new(o, "prefer", jstr(c->prefer));
	json_object_set_new(o, "nodelist", jstr(c->nodelist));
	json_object_set_new(o, "exclude", jstr(c->exclude));
	json_object_set_new(o, "work_dir", jstr(c->work_dir));
	json_object_set_new(o, "stdout_pattern", jstr(c->stdout_pattern));
	json_object_set_new(o, "stderr_pattern", jstr(c->stderr_pattern));
	json_object_set_new(o, "stdin_pattern", jstr(c->stdin_pattern));
	json_object_set_new(o, "mail_type", mail_json(c->mail_type));
	json_object_set_new(o, "mail_user", jstr(c->mail_user));
	json_object_set_new(o, "exclusive", exclusive_json(c->exclusive));
	json_object_set_new(o, "requeue", span_is_set(c->requeue.at) ? json_boolean(c->requeue.v)
								    : json_null());
	json_object_set_new(o, "nice", jint(c->nice));
	json_object_set_new(o, "open_mode", !span_is_set(c->open_mode.at) ? json_null()
		: json_string(c->open_mode.v == OPEN_APPEND ? "append" : "truncate"));
	json_object_set_new(o, "export", jstr(c->export_env));
	json_object_set_new(o, "signal", jstr(c->signal));
	json_object_set_new(o, "begin", jstr(c->begin));
	json_object_set_new(o, "deadline", jstr(c->deadline));
	json_object_set_new(o, "comment", jstr(c->comment));
	json_object_set_new(o, "reservation", jstr(c->reservation));
	json_object_set_new(o, "licenses", jstr(c->licenses));
	json_object_set_new(o, "wckey", jstr(c->wckey));
	json_object_set_new(o, "options", options_json(c->opts, sbatch_options, OPT__COUNT));
	return o;
}

json_t *ir_to_json(const struct ir_job *job)
{
	json_t *o = component_json(&job->comps[0]);
	if (job->ncomps > 1) {
		json_t *het = json_array();
		for (size_t i = 0; i < job->ncomps; i++)
			json_array_append_new(het, component_json(&job->comps[i]));
		json_object_set_new(o, "het_components", het);
	}
	json_t *s = options_json(job->slurmc.opts, slurmc_options, SLURMC_OPT__COUNT);
	json_object_set_new(s, "target", json_string(job->target ? job->target : "job"));
	json_object_set_new(o, "slurmc", s);
	json_object_set_new(o, "script", json_string(job->script_name));
	json_object_set_new(o, "interpreter", job->interpreter ? json_string(job->interpreter)
							       : json_null());
	json_object_set_new(o, "body_line", job->body.line ? json_integer(job->body.line)
							   : json_null());
	return o;
}
