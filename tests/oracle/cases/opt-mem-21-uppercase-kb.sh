#!/bin/bash
# KB suffix in upper case.
#SBATCH --mem=2097152KB
srun hostname
