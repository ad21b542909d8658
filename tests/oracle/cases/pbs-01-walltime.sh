#!/bin/bash
# sbatch reads #PBS directives: -l walltime sets the time limit.
#PBS -l walltime=2:00:00
srun hostname
