
#!/bin/bash
#SBATCH -J blank-first
srun hostname
