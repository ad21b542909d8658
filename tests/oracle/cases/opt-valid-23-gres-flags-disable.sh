#!/bin/bash
# --gres-flags=disable-binding.
#SBATCH --gres-flags=disable-binding
srun hostname
