#!/bin/bash
# afterburstbuffer.
#SBATCH --dependency=afterburstbuffer:10001
srun hostname
