#!/bin/bash
# --kill-on-invalid-dep with a word other than yes or no.
#SBATCH --kill-on-invalid-dep=maybe
srun hostname
