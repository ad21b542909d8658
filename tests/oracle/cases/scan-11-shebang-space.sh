#! /bin/bash
# #! /bin/bash with a blank.
#SBATCH -J space-shebang
srun hostname
