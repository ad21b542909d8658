#!/bin/bash
# -H in the script (the oracle holds the job anyway).
#SBATCH -H -J held
srun hostname
