#!/bin/bash
# hetjob as a separate value word: -J hetjob.
#SBATCH -n 1 -J hetjob
srun hostname
