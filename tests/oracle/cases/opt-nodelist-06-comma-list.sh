#!/bin/bash
# -w with a comma list.
#SBATCH --nodelist=n001,n003
srun hostname
