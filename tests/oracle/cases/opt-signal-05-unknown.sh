#!/bin/bash
# An unknown signal name.
#SBATCH --signal=FOO
srun hostname
