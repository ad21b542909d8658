#!/bin/bash
# An unmatched single quote.
#SBATCH --comment='open
srun hostname
