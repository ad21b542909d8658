#!/bin/bash
# Letters as a node count.
#SBATCH --nodes=two
srun hostname
