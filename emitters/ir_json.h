/*
 * ir_json.h: `slurmc --emit=ir`, the IR as one JSON object.
 *
 * Keys and units are the Slurm oracle's (DESIGN.md §3); null where the
 * script does not set a value. Built with jansson, never printed by hand.
 */
#ifndef SLURMC_IR_JSON_H
#define SLURMC_IR_JSON_H

#include <jansson.h>

#include "parser/ir.h"

/* A new reference (caller-owned). */
json_t *ir_to_json(const struct ir_job *job);

#endif
