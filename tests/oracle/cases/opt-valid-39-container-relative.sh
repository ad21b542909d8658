#!/bin/bash
# --container with a relative path.
#SBATCH --container=bundle
srun hostname
