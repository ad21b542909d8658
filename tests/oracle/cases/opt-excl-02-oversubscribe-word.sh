#!/bin/bash
# --exclusive=oversubscribe.
#SBATCH --exclusive=oversubscribe
srun hostname
