#!/bin/bash
# #BSUB beats #PBS for the same option.
#BSUB -W 30
#PBS -l walltime=2:00:00
srun hostname
