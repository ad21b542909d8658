#!/bin/bash
# No --time in partition debug: DefaultTime 10 minutes.
#SBATCH -p debug
srun hostname
