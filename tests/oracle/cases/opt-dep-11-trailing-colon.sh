#!/bin/bash
# A trailing colon after the job id.
#SBATCH --dependency=afterok:10001:
srun hostname
