#!/bin/bash
# SIGKILL@60: 60 s is the default time.
#SBATCH --signal=SIGKILL@60
srun hostname
