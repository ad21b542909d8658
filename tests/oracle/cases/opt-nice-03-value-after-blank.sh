#!/bin/bash
# --nice 5: an optional argument cannot follow a blank.
#SBATCH --nice 5
srun hostname
