#!/bin/bash
# An empty --nodelist.
#SBATCH --nodelist=
srun hostname
