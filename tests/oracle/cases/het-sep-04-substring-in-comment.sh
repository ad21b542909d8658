#!/bin/bash
# A comment value that contains packjob.
#SBATCH --comment=packjobs -n 1
srun hostname
