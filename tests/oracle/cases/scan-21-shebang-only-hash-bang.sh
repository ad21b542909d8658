#!
# A shebang with no interpreter.
#SBATCH -J bare-bang
srun hostname
