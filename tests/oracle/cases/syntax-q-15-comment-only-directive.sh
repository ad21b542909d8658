#!/bin/bash
# A directive line that holds only a comment.
#SBATCH # nothing here
#SBATCH -J after-comment
srun hostname
