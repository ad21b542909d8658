#!/bin/bash
# Job id 0.
#SBATCH --dependency=afterok:0
srun hostname
