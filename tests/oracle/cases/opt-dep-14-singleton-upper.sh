#!/bin/bash
# SINGLETON in upper case.
#SBATCH -J dep-single --dependency=SINGLETON
srun hostname
