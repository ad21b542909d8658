#!/bin/bash
# afterok on one array task.
#SBATCH -d afterok:10002_3
srun hostname
