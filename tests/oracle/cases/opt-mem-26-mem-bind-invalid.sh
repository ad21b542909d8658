#!/bin/bash
# An invalid --mem-bind.
#SBATCH --mem-bind=bogus
srun hostname
