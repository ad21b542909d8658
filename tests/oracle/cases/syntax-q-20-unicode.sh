#!/bin/bash
# A UTF-8 job name.
#SBATCH -J café-測試
srun hostname
