#!/bin/bash
# --ti is ambiguous (time, time-min, ...).
#SBATCH --ti=10
srun hostname
