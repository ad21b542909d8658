#!/bin/bash
# A literal %%.
#SBATCH -o 'rate-100%%.out'
srun hostname
