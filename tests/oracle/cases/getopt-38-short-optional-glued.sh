#!/bin/bash
# --nice via no short form; -S2 glued core-spec.
#SBATCH -S2
srun hostname
