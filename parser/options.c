#include "parser/options.h"
const struct optdesc sbatch_options[OPT__COUNT] = {
#define OPT(id, name, s, arg, env, value, flags, help) { name, s, arg, env, value, flags, help },
#include "parser/options.def"
#undef OPT
};
const struct optdesc slurmc_options[SLURMC_OPT__COUNT] = {
#define OPT(id, name, s, arg, env, value, flags, help) { name, s, arg, env, value, flags, help },
#include "parser/slurmc_options.def"
#undef OPT
};
