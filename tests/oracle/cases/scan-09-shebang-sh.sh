#!/bin/sh -l
# #!/bin/sh with options.
#SBATCH -J sh-shebang
srun hostname
