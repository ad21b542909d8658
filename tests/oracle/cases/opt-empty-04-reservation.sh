#!/bin/bash
# An empty --reservation.
#SBATCH --reservation=
srun hostname
