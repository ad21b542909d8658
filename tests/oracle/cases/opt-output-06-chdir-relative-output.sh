#!/bin/bash
# A relative -o with --chdir.
#SBATCH -D /tmp -o rel.out
srun hostname
