#!/bin/bash
# An unknown escape %q.
#SBATCH -o out-%q.log
srun hostname
