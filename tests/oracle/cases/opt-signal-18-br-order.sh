#!/bin/bash
# BR: flags in the other order.
#SBATCH --signal=BR:USR2@30
srun hostname
