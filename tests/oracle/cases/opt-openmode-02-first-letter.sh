#!/bin/bash
# Only the first letter counts: apple.
#SBATCH --open-mode=apple
srun hostname
