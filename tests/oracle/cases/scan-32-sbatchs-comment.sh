#!/bin/bash
# #SBATCHES is #SBATCH followed by ES.
#SBATCH -J es
#SBATCHES are described below
srun hostname
