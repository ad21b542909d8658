#!/bin/bash
# Letters as a task count.
#SBATCH -n four
srun hostname
