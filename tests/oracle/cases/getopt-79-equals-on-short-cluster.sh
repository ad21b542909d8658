#!/bin/bash
# -sJname: a flag then -J with a glued value.
#SBATCH -sJglued-after-flag
srun hostname
