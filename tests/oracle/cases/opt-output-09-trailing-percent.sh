#!/bin/bash
# A % at the end of the name.
#SBATCH -o 'out%'
srun hostname
