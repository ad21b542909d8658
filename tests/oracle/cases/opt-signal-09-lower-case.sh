#!/bin/bash
# A lower-case signal name.
#SBATCH --signal=usr1@60
srun hostname
