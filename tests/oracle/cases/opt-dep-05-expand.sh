#!/bin/bash
# expand: needs permit_job_expansion.
#SBATCH --dependency=expand:10001
srun hostname
