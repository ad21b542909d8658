#!/bin/bash
# sbatch reads #BSUB directives: -W minutes and -J.
#BSUB -W 60
#BSUB -J lsf-name
srun hostname
