#!/bin/bash
# aftercorr.
#SBATCH --array=0-3 --dependency=aftercorr:10002
srun hostname
