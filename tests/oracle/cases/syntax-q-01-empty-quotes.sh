#!/bin/bash
# An empty quoted value.
#SBATCH --comment="" -J empty-comment
srun hostname
