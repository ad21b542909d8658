#!/bin/bash
# An invalid --gres-flags.
#SBATCH --gres-flags=loose
srun hostname
