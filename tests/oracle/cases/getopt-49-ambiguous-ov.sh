#!/bin/bash
# --ov is ambiguous (overcommit, oversubscribe).
#SBATCH --ov
srun hostname
