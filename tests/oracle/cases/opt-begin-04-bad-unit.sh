#!/bin/bash
# now+1fortnight.
#SBATCH --begin=now+1fortnight
srun hostname
