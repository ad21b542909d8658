#!/bin/bash
# An indented comment between directives.
#SBATCH -J ind-comment
   # just a note
#SBATCH -t 5
srun hostname
