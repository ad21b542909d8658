#!/bin/bash
# set -e ends the header; later directives are ignored.
#SBATCH -J set-e
set -euo pipefail
#SBATCH --bogus
srun hostname
