#!/bin/bash
# A relative path in a subdirectory.
#SBATCH -o logs/%x.%j.out -e logs/%x.%j.err
srun hostname
