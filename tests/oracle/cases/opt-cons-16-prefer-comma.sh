#!/bin/bash
# --prefer with a comma.
#SBATCH --prefer=ib,nvme
srun hostname
