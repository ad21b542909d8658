#!/bin/bash
# after:JOB+MINUTES.
#SBATCH --dependency=after:10001+10
srun hostname
