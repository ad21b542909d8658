#!/bin/bash
# --spread-job, --contiguous, --reboot.
#SBATCH --spread-job --contiguous --reboot
srun hostname
