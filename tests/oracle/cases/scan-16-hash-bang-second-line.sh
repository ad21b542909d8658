#!/bin/bash
# A second #! line is a comment.
#!/bin/sh
#SBATCH -J second-bang
srun hostname
