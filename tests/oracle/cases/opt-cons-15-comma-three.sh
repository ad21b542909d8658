#!/bin/bash
# Three features joined by commas.
#SBATCH --constraint=ib,nvme,a100
srun hostname
