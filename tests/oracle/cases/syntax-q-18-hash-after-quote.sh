#!/bin/bash
# A # right after a closing quote.
#SBATCH --job-name='abc'#tail
srun hostname
