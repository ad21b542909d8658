#!/bin/bash
# --kill-on-invalid-dep=YES.
#SBATCH --kill-on-invalid-dep=YES
srun hostname
