#!/bin/bash
# The option name itself quoted.
#SBATCH "--job-name=quoted-opt"
srun hostname
