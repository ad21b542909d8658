#!/bin/bash
# Both , and ? in one dependency.
#SBATCH --dependency=afterok:10001,afterany:10002?singleton
srun hostname
