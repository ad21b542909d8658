#!/bin/bash
# A legacy PBS header: -N, -q, -l nodes=2:ppn=4.
#PBS -N legacy-pbs
#PBS -q gpu
#PBS -l nodes=2:ppn=4
srun hostname
